package dev.switchboard.events.contract;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * One event as read from a Kafka record: the CloudEvents attributes, the record's key and place,
 * and the data as its typed record ({@link EventType#dataClass()}); for a type this contract does
 * not know yet the data is the JSON tree ({@code com.fasterxml.jackson.databind.JsonNode}).
 *
 * @param id {@code ce_id}: the same on every redelivery, so the one to deduplicate on
 * @param cloudEventType {@code ce_type}, such as {@code dev.switchboard.message.received}
 * @param source {@code ce_source}
 * @param subject {@code ce_subject}: a message id, a number, {@code cnam:<id>}; null when absent
 * @param time {@code ce_time}: when the change happened
 * @param dataSchema {@code ce_dataschema}; null when absent
 * @param extensions the other {@code ce_*} attributes (CloudEvents extensions), prefix removed
 * @param headers every header of the record, the last value of each name, as UTF-8 text (where
 *     tracing's {@code traceparent} is)
 */
public record SwitchboardEvent<T>(
    String id,
    String cloudEventType,
    String source,
    String subject,
    Instant time,
    String dataSchema,
    String topic,
    int partition,
    long offset,
    String key,
    Map<String, String> extensions,
    Map<String, String> headers,
    T data) {

  public SwitchboardEvent {
    extensions = Map.copyOf(extensions);
    headers = Map.copyOf(headers);
  }

  /** The event type, or empty when this version of the contract does not know it. */
  public Optional<EventType> eventType() {
    return EventType.ofCloudEventType(cloudEventType);
  }

  /**
   * The type name without the {@code dev.switchboard.} prefix, such as {@code message.received}.
   */
  public String type() {
    return cloudEventType.startsWith(SwitchboardCloudEvents.TYPE_PREFIX)
        ? cloudEventType.substring(SwitchboardCloudEvents.TYPE_PREFIX.length())
        : cloudEventType;
  }

  /** A header of the record by name, as UTF-8 text. */
  public Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name));
  }

  /**
   * The W3C trace context of the change that caused the event: the {@code traceparent} header, or
   * the CloudEvents distributed-tracing extension ({@code ce_traceparent}).
   */
  public Optional<String> traceparent() {
    return header("traceparent").or(() -> Optional.ofNullable(extensions.get("traceparent")));
  }

  /** The data as the given record, when the event is of that kind. */
  public <D> Optional<D> dataAs(Class<D> type) {
    return type.isInstance(data) ? Optional.of(type.cast(data)) : Optional.empty();
  }
}
