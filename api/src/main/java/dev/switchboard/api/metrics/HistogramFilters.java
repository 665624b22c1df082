package dev.switchboard.api.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Histogram buckets ({@code _bucket}) for the request timer, which the dashboard's latency
 * percentiles need: Micrometer publishes only count, sum and max unless asked.
 */
@Singleton
public class HistogramFilters {

  @Produces
  @Singleton
  MeterFilter httpServerHistograms() {
    return new MeterFilter() {
      @Override
      public DistributionStatisticConfig configure(
          Meter.Id id, DistributionStatisticConfig config) {
        if (id.getName().equals("http.server.requests")) {
          return DistributionStatisticConfig.builder()
              .percentilesHistogram(true)
              .build()
              .merge(config);
        }
        return config;
      }
    };
  }
}
