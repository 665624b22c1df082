package dev.switchboard.domain.events.port.out;

import dev.switchboard.domain.events.DomainEvent;
import java.util.ArrayList;
import java.util.List;

/** The in-memory outbox: keeps every event appended, in order, for the tests to read. */
public final class RecordingOutbox implements Outbox {

  private final List<DomainEvent> events = new ArrayList<>();

  @Override
  public synchronized void append(DomainEvent event) {
    events.add(event);
  }

  public synchronized List<DomainEvent> events() {
    return List.copyOf(events);
  }

  /** The kinds (record classes) of the events appended, in order. */
  public synchronized List<Class<? extends DomainEvent>> types() {
    return events.stream().<Class<? extends DomainEvent>>map(DomainEvent::getClass).toList();
  }
}
