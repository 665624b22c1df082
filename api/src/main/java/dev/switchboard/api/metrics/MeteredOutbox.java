package dev.switchboard.api.metrics;

import dev.switchboard.domain.events.DomainEvent;
import dev.switchboard.domain.events.port.out.Outbox;
import dev.switchboard.domain.messaging.event.MessageStatusChanged;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;

/**
 * Counts messages reaching a final state as their events are written (a rolled-back transaction may
 * count once too often; the ratio of outcomes is what operators watch).
 */
public final class MeteredOutbox implements Outbox {

  private final Outbox outbox;
  private final MeterRegistry registry;

  public MeteredOutbox(Outbox outbox, MeterRegistry registry) {
    this.outbox = outbox;
    this.registry = registry;
  }

  @Override
  public void append(DomainEvent event) {
    outbox.append(event);
    count(event);
  }

  @Override
  public void appendAll(List<DomainEvent> events) {
    outbox.appendAll(events);
    events.forEach(this::count);
  }

  private void count(DomainEvent event) {
    if (event instanceof MessageStatusChanged changed && changed.status().isFinal()) {
      registry.counter("switchboard.messages.final", "status", changed.status().name()).increment();
    }
  }
}
