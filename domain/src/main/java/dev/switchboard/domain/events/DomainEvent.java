package dev.switchboard.domain.events;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Something that happened, to be told to other services.
 *
 * @param type the event type without prefix, such as {@code message.received}
 * @param key the partitioning key: events with the same key are delivered in order
 * @param subject what the event is about (a message id, a number)
 * @param data the payload: strings, numbers, booleans, lists, maps and nulls only
 */
public record DomainEvent(
    UUID id,
    String type,
    EventStream stream,
    String key,
    String subject,
    Instant time,
    Map<String, Object> data) {

  public DomainEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(stream, "stream");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(time, "time");
    data = data == null ? Map.of() : java.util.Collections.unmodifiableMap(data);
  }
}
