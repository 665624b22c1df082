package dev.switchboard.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.domain.events.DomainEvent;
import dev.switchboard.domain.events.Outbox;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Writes events to the {@code outbox} table, in the caller's transaction, and has the relays woken
 * once it commits.
 */
@ApplicationScoped
public class PanacheOutbox implements Outbox {

  private final ObjectMapper json;
  private final OutboxWakeUp wakeUp;

  public PanacheOutbox(ObjectMapper json, OutboxWakeUp wakeUp) {
    this.json = json;
    this.wakeUp = wakeUp;
  }

  @Override
  public void append(DomainEvent event) {
    OutboxEntity row = new OutboxEntity();
    row.eventId = event.id();
    row.type = event.type();
    row.stream = event.stream().name();
    row.key = event.key();
    row.subject = event.subject();
    row.occurredAt = event.time();
    row.data = serialise(event);
    row.persist();
    wakeUp.afterCommit();
  }

  private String serialise(DomainEvent event) {
    try {
      return json.writeValueAsString(event.data());
    } catch (JsonProcessingException e) {
      // The event type only, never the data: it may hold message bodies.
      throw new IllegalArgumentException("data of event " + event.type() + " is not JSON", e);
    }
  }
}
