package dev.switchboard.api.metrics;

import dev.switchboard.events.OutboxRelay;
import dev.switchboard.persistence.outbox.OutboxNotifications;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;

/**
 * The outbox relay's own state as metrics: what it published, and whether its rounds fail (Kafka
 * unreachable or refusing). Readiness does not include Kafka, so these and the outbox gauges are
 * where a Kafka outage shows.
 */
@ApplicationScoped
public class RelayGauges {

  private final OutboxRelay relay;
  private final OutboxNotifications notifications;
  private final MeterRegistry registry;

  RelayGauges(OutboxRelay relay, OutboxNotifications notifications, MeterRegistry registry) {
    this.relay = relay;
    this.notifications = notifications;
    this.registry = registry;
  }

  void register(@Observes StartupEvent event) {
    FunctionCounter.builder("switchboard.outbox.relay.published", relay, r -> r.published())
        .description("events this replica's relay published to Kafka")
        .register(registry);
    Gauge.builder("switchboard.outbox.relay.failures", relay, r -> r.consecutiveFailures())
        .description("the relay's failed rounds in a row (0 while Kafka accepts its events)")
        .register(registry);
    Gauge.builder("switchboard.outbox.relay.running", relay, r -> r.isRunning() ? 1 : 0)
        .description("1 while this replica's relay thread runs")
        .register(registry);
    Gauge.builder(
            "switchboard.outbox.relay.holding.turn", notifications, n -> n.relayingHere() ? 1 : 0)
        .description(
            "1 while this replica's relay holds the turn (one replica publishes at a time)")
        .register(registry);
    Gauge.builder(
            "switchboard.outbox.relay.last.success.age.seconds",
            relay,
            r ->
                r.lastSuccessAt()
                    .map(at -> Duration.between(at, Instant.now()).toMillis() / 1000.0)
                    .orElse(Double.NaN))
        .description("seconds since the relay's last successful round (NaN before the first)")
        .register(registry);
  }
}
