package dev.switchboard.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.events.EventStream;
import dev.switchboard.domain.events.OutboxRecord;
import dev.switchboard.domain.events.TraceContext;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

class CloudEventsKafkaRecordsTest {

  private final CloudEventsKafkaRecords records =
      new CloudEventsKafkaRecords(
          "/switchboard/test", new EventTopics("in.v1", "status.v1", "numbers.v1"));

  @Test
  void maps_a_received_message_to_the_inbound_topic_keyed_by_our_number_in_binary_mode() {
    OutboxRecord event = TestEvents.received(7, "+12065550100");

    ProducerRecord<String, byte[]> record = records.toProducerRecord(event);

    assertThat(record.topic()).isEqualTo("in.v1");
    assertThat(record.key()).isEqualTo("+12065550100");
    assertThat(record.partition()).isNull();
    assertThat(new String(record.value(), StandardCharsets.UTF_8)).isEqualTo(event.dataJson());
    assertThat(record.value()).isEqualTo(event.dataJson().getBytes(StandardCharsets.UTF_8));
    assertThat(headerOf(record, "ce_specversion")).isEqualTo("1.0");
    assertThat(headerOf(record, "ce_id")).isEqualTo(event.eventId().toString());
    assertThat(headerOf(record, "ce_source")).isEqualTo("/switchboard/test");
    assertThat(headerOf(record, "ce_type")).isEqualTo("dev.switchboard.message.received");
    assertThat(headerOf(record, "ce_time")).isEqualTo("2026-11-27T10:15:30.130Z");
    assertThat(headerOf(record, "ce_subject")).isEqualTo(event.subject());
    assertThat(headerOf(record, "ce_dataschema"))
        .isEqualTo("urn:switchboard:schema:message.received:v1");
    assertThat(headerOf(record, "content-type")).isEqualTo("application/json");
    assertThat(Arrays.stream(record.headers().toArray()).map(Header::key))
        .doesNotHaveDuplicates()
        .hasSize(8);
  }

  @Test
  void carries_the_trace_context_of_the_causing_request_as_the_distributed_tracing_extension() {
    OutboxRecord untraced = TestEvents.statusChange(1, UUID.randomUUID().toString());
    String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
    OutboxRecord event = withTrace(untraced, new TraceContext(traceparent, "vendor=opaque"));

    ProducerRecord<String, byte[]> record = records.toProducerRecord(event);

    assertThat(headerOf(record, "traceparent")).isEqualTo(traceparent);
    assertThat(headerOf(record, "tracestate")).isEqualTo("vendor=opaque");
    assertThat(headerOf(record, "ce_traceparent")).isEqualTo(traceparent);
    assertThat(headerOf(record, "ce_tracestate")).isEqualTo("vendor=opaque");
  }

  @Test
  void sends_no_tracestate_when_the_trace_has_none_and_no_trace_headers_without_a_trace() {
    OutboxRecord untraced = TestEvents.statusChange(1, UUID.randomUUID().toString());
    String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    ProducerRecord<String, byte[]> traced =
        records.toProducerRecord(withTrace(untraced, new TraceContext(traceparent, null)));
    ProducerRecord<String, byte[]> plain = records.toProducerRecord(untraced);

    assertThat(headerOf(traced, "traceparent")).isEqualTo(traceparent);
    assertThat(traced.headers().lastHeader("tracestate")).isNull();
    assertThat(traced.headers().lastHeader("ce_tracestate")).isNull();
    assertThat(plain.headers().lastHeader("traceparent")).isNull();
    assertThat(plain.headers().lastHeader("ce_traceparent")).isNull();
  }

  private static OutboxRecord withTrace(OutboxRecord e, TraceContext trace) {
    return new OutboxRecord(
        e.position(),
        e.eventId(),
        e.type(),
        e.stream(),
        e.key(),
        e.subject(),
        e.time(),
        e.dataJson(),
        trace);
  }

  @Test
  void maps_a_status_change_to_the_status_topic_keyed_by_message_id() {
    String messageId = UUID.randomUUID().toString();
    OutboxRecord event = TestEvents.statusChange(1, messageId);

    ProducerRecord<String, byte[]> record = records.toProducerRecord(event);

    assertThat(record.topic()).isEqualTo("status.v1");
    assertThat(record.key()).isEqualTo(messageId);
    assertThat(headerOf(record, "ce_type")).isEqualTo("dev.switchboard.message.status-changed");
    assertThat(headerOf(record, "ce_subject")).isEqualTo(messageId);
    assertThat(headerOf(record, "ce_dataschema"))
        .isEqualTo("urn:switchboard:schema:message.status-changed:v1");
    assertThat(new String(record.value(), StandardCharsets.UTF_8)).isEqualTo(event.dataJson());
  }

  @Test
  void maps_a_number_event_to_the_numbers_topic_and_leaves_out_an_absent_subject() {
    OutboxRecord event =
        new OutboxRecord(
            3,
            UUID.randomUUID(),
            "number.purchased",
            EventStream.NUMBERS,
            "+13125550199",
            null,
            TestEvents.TIME,
            "{\"number\":\"+13125550199\"}");

    ProducerRecord<String, byte[]> record = records.toProducerRecord(event);

    assertThat(record.topic()).isEqualTo("numbers.v1");
    assertThat(record.key()).isEqualTo("+13125550199");
    assertThat(headerOf(record, "ce_type")).isEqualTo("dev.switchboard.number.purchased");
    assertThat(headerOf(record, "ce_time")).isEqualTo("2026-11-27T10:15:30.123Z");
    assertThat(record.headers().lastHeader("ce_subject")).isNull();
    assertThat(record.headers().toArray()).hasSize(7);
  }

  @Test
  void topics_follow_the_configured_names_for_every_stream() {
    EventTopics topics = new EventTopics("a", "b", "c", "d");

    assertThat(topics.topicOf(EventStream.MESSAGES_INBOUND)).isEqualTo("a");
    assertThat(topics.topicOf(EventStream.MESSAGES_STATUS)).isEqualTo("b");
    assertThat(topics.topicOf(EventStream.NUMBERS)).isEqualTo("c");
    assertThat(topics.topicOf(EventStream.OPT_OUTS)).isEqualTo("d");
  }

  private static String headerOf(ProducerRecord<String, byte[]> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }
}
