package dev.switchboard.events;

import dev.switchboard.domain.events.OutboxRecord;
import dev.switchboard.domain.events.TraceContext;
import dev.switchboard.events.contract.SwitchboardCloudEvents;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Turns outbox records into Kafka records in the CloudEvents 1.0 Kafka protocol binding, binary
 * mode: the attributes travel as {@code ce_*} headers and the value is the event's JSON data.
 */
public final class CloudEventsKafkaRecords {

  /** Prefix of every CloudEvents {@code type}, as in {@code dev.switchboard.message.received}. */
  public static final String TYPE_PREFIX = SwitchboardCloudEvents.TYPE_PREFIX;

  /** The version of the data schemas; it moves together with the {@code .v1} topic suffix. */
  public static final String SCHEMA_VERSION = SwitchboardCloudEvents.SCHEMA_VERSION;

  public static final String CONTENT_TYPE = SwitchboardCloudEvents.CONTENT_TYPE;

  private final String source;
  private final EventTopics topics;

  public CloudEventsKafkaRecords(String source, EventTopics topics) {
    if (source == null || source.isBlank()) {
      throw new IllegalArgumentException("a CloudEvents source is required");
    }
    this.source = source;
    this.topics = Objects.requireNonNull(topics, "topics");
  }

  public ProducerRecord<String, byte[]> toProducerRecord(OutboxRecord event) {
    Headers headers = new RecordHeaders();
    header(headers, SwitchboardCloudEvents.SPECVERSION_HEADER, SwitchboardCloudEvents.SPEC_VERSION);
    header(headers, SwitchboardCloudEvents.ID_HEADER, event.eventId().toString());
    header(headers, SwitchboardCloudEvents.SOURCE_HEADER, source);
    header(headers, SwitchboardCloudEvents.TYPE_HEADER, cloudEventType(event.type()));
    header(
        headers,
        SwitchboardCloudEvents.TIME_HEADER,
        DateTimeFormatter.ISO_INSTANT.format(event.time()));
    if (event.subject() != null && !event.subject().isBlank()) {
      header(headers, SwitchboardCloudEvents.SUBJECT_HEADER, event.subject());
    }
    header(headers, SwitchboardCloudEvents.DATASCHEMA_HEADER, dataSchema(event.type()));
    header(headers, SwitchboardCloudEvents.CONTENT_TYPE_HEADER, CONTENT_TYPE);
    traceHeaders(headers, event.trace());
    // The domain turns absent data into an empty map, so an absent JSON document means the same.
    String data = event.dataJson() == null ? "{}" : event.dataJson();
    return new ProducerRecord<>(
        topics.topicOf(event.stream()),
        null,
        event.key(),
        data.getBytes(StandardCharsets.UTF_8),
        headers);
  }

  public static String cloudEventType(String type) {
    return SwitchboardCloudEvents.cloudEventType(type);
  }

  public static String dataSchema(String type) {
    return SwitchboardCloudEvents.dataSchema(type);
  }

  /**
   * The CloudEvents distributed-tracing extension: the trace context of the request that caused the
   * event, as the W3C {@code traceparent} and {@code tracestate} headers that OpenTelemetry's Kafka
   * instrumentation reads, and as the extension's {@code ce_traceparent} and {@code ce_tracestate}
   * attributes that a CloudEvents SDK reads in binary mode.
   */
  private static void traceHeaders(Headers headers, TraceContext trace) {
    if (trace == null) {
      return;
    }
    header(headers, "traceparent", trace.traceparent());
    header(headers, "ce_traceparent", trace.traceparent());
    if (trace.tracestate() != null) {
      header(headers, "tracestate", trace.tracestate());
      header(headers, "ce_tracestate", trace.tracestate());
    }
  }

  private static void header(Headers headers, String name, String value) {
    headers.add(name, value.getBytes(StandardCharsets.UTF_8));
  }
}
