package dev.switchboard.domain.events;

import java.time.Instant;
import java.util.UUID;

/**
 * An event waiting in the outbox, as stored: its data already serialised to JSON.
 *
 * @param position the order in which events were written
 * @param trace the trace context of the request that caused the event, or null
 */
public record OutboxRecord(
    long position,
    UUID eventId,
    String type,
    EventStream stream,
    String key,
    String subject,
    Instant time,
    String dataJson,
    TraceContext trace) {

  /** An event stored without a trace context. */
  public OutboxRecord(
      long position,
      UUID eventId,
      String type,
      EventStream stream,
      String key,
      String subject,
      Instant time,
      String dataJson) {
    this(position, eventId, type, stream, key, subject, time, dataJson, null);
  }
}
