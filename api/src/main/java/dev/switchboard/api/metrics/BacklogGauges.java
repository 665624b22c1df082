package dev.switchboard.api.metrics;

import dev.switchboard.persistence.common.PostgresBacklog;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.function.ToDoubleFunction;

/**
 * Gauges of waiting work: the dispatcher's queue, the outbox and the inbound media to copy (read on
 * each scrape).
 */
@ApplicationScoped
public class BacklogGauges {

  private final PostgresBacklog backlog;
  private final MeterRegistry registry;

  BacklogGauges(PostgresBacklog backlog, MeterRegistry registry) {
    this.backlog = backlog;
    this.registry = registry;
  }

  void register(@Observes StartupEvent event) {
    gauge(
        "switchboard.messages.queued",
        "outbound messages not yet sent to Flowroute",
        b -> b.queuedMessages());
    gauge(
        "switchboard.outbox.pending", "events not yet published to Kafka", b -> b.pendingEvents());
    gauge(
        "switchboard.outbox.oldest.pending.seconds",
        "age of the oldest event not yet published to Kafka",
        PostgresBacklog::oldestPendingEventSeconds);
    gauge(
        "switchboard.media.archive.backlog",
        "inbound media not yet copied into our storage",
        b -> b.pendingMedia());
    gauge(
        "switchboard.media.archive.oldest.pending.seconds",
        "age of the oldest inbound medium not yet copied into our storage",
        PostgresBacklog::oldestPendingMediaSeconds);
    gauge(
        "switchboard.media.archive.given.up",
        "inbound media whose every copy failed (their Flowroute link has most likely expired)",
        b -> b.failedMedia());
  }

  private void gauge(String name, String help, ToDoubleFunction<PostgresBacklog> read) {
    Gauge.builder(name, backlog, b -> safely(b, read)).description(help).register(registry);
  }

  private static double safely(PostgresBacklog b, ToDoubleFunction<PostgresBacklog> read) {
    try {
      return read.applyAsDouble(b);
    } catch (RuntimeException e) {
      return Double.NaN; // the database is unreachable: readiness says so, the gauge has no value
    }
  }
}
