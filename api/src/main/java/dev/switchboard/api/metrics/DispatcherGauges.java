package dev.switchboard.api.metrics;

import dev.switchboard.domain.messaging.SendingPause;
import dev.switchboard.domain.messaging.usecase.DispatchMessages;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;

/**
 * {@code switchboard_dispatcher_paused{reason}}: 1 while Flowroute refuses the account for that
 * reason (credentials: a 401; forbidden: a 403 about the account) and nothing is sent, else 0.
 */
@ApplicationScoped
public class DispatcherGauges {

  private final DispatchMessages dispatch;
  private final MeterRegistry registry;

  DispatcherGauges(DispatchMessages dispatch, MeterRegistry registry) {
    this.dispatch = dispatch;
    this.registry = registry;
  }

  void register(@Observes StartupEvent event) {
    for (SendingPause.Reason reason : SendingPause.Reason.values()) {
      Gauge.builder(
              "switchboard.dispatcher.paused",
              dispatch,
              d -> d.pause().reason().filter(reason::equals).isPresent() ? 1 : 0)
          .description("1 while Flowroute refuses the account and sending is paused")
          .tag("reason", reason.name().toLowerCase(Locale.ROOT))
          .register(registry);
    }
  }
}
