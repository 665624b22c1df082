package dev.switchboard.events.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.events.contract.data.MessageReceivedData;
import dev.switchboard.events.contract.data.MessageStatus;
import dev.switchboard.events.contract.data.MessageStatusChangedData;
import dev.switchboard.events.contract.data.TextEncoding;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

/**
 * The reader turns binary-mode CloudEvents records into typed events, keeps what it does not know
 * (extensions, new types, new fields) and refuses a record that is no CloudEvent without quoting
 * its data. The round trip over records the relay really writes is in messaging-events'
 * EventContractTest.
 */
class EventReaderTest {

  private static final String RECEIVED =
      """
      {"id": "0193a1f2-7b90-7f01-a2b3-c4d5e6f70812", "direction": "INBOUND",
       "from": "+13125550199", "to": "+12065550100", "body": "See you at 6",
       "encoding": "GSM_7", "segments": 1, "mms": true,
       "media": [{"url": "https://mms-media.flowroute.com/abc123/photo.jpg",
                  "mimeType": "image/jpeg", "fileName": "photo.jpg", "sizeBytes": 48213}],
       "flowrouteId": "mdr2-39cadeace66e11e7aff806cd7f24ba2d",
       "receivedAt": "2026-11-27T10:15:30Z"}
      """;

  private final EventReader reader = new EventReader();

  @Test
  void a_received_text_reads_into_its_record_with_every_attribute() {
    ConsumerRecord<String, byte[]> record =
        record(
            EventType.Topics.INBOUND,
            "+12065550100",
            RECEIVED,
            headers(EventType.MESSAGE_RECEIVED, "0193a1f2-7c4e-7b3a-9d2e-5f6a7b8c9d0e"));

    SwitchboardEvent<Object> event = reader.read(record);

    assertThat(event.id()).isEqualTo("0193a1f2-7c4e-7b3a-9d2e-5f6a7b8c9d0e");
    assertThat(event.eventType()).contains(EventType.MESSAGE_RECEIVED);
    assertThat(event.type()).isEqualTo("message.received");
    assertThat(event.source()).isEqualTo("/switchboard");
    assertThat(event.subject()).isEqualTo("0193a1f2-7b90-7f01-a2b3-c4d5e6f70812");
    assertThat(event.time()).isEqualTo(Instant.parse("2026-11-27T10:15:30.412Z"));
    assertThat(event.dataSchema()).isEqualTo("urn:switchboard:schema:message.received:v1");
    assertThat(event.key()).isEqualTo("+12065550100");
    assertThat(event.topic()).isEqualTo(EventType.Topics.INBOUND);
    assertThat(event.extensions()).isEmpty();
    assertThat(event.traceparent()).isEmpty();
    MessageReceivedData data = event.dataAs(MessageReceivedData.class).orElseThrow();
    assertThat(data.id()).isEqualTo(UUID.fromString("0193a1f2-7b90-7f01-a2b3-c4d5e6f70812"));
    assertThat(data.body()).isEqualTo("See you at 6");
    assertThat(data.encoding()).isEqualTo(TextEncoding.GSM_7);
    assertThat(data.media().get(0).url())
        .isEqualTo(URI.create("https://mms-media.flowroute.com/abc123/photo.jpg"));
    assertThat(data.media().get(0).sizeBytes()).isEqualTo(48213L);
    assertThat(data.receivedAt()).isEqualTo(Instant.parse("2026-11-27T10:15:30Z"));
    assertThat(event.dataAs(MessageStatusChangedData.class)).isEmpty();
  }

  @Test
  void extensions_and_the_trace_context_are_kept_beside_the_attributes() {
    Headers headers = headers(EventType.MESSAGE_RECEIVED, UUID.randomUUID().toString());
    String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
    headers.add("traceparent", traceparent.getBytes(StandardCharsets.UTF_8));
    headers.add("ce_partitionkey", "+12065550100".getBytes(StandardCharsets.UTF_8));

    SwitchboardEvent<Object> event =
        reader.read(record(EventType.Topics.INBOUND, "+12065550100", RECEIVED, headers));

    assertThat(event.traceparent()).contains(traceparent);
    assertThat(event.extensions())
        .containsExactly(java.util.Map.entry("partitionkey", "+12065550100"));
    assertThat(event.header("content-type")).contains("application/json");
  }

  @Test
  void the_tracing_extension_as_a_ce_header_is_the_trace_context_too() {
    Headers headers = headers(EventType.MESSAGE_RECEIVED, UUID.randomUUID().toString());
    headers.add("ce_traceparent", "00-abc-def-01".getBytes(StandardCharsets.UTF_8));

    SwitchboardEvent<Object> event =
        reader.read(record(EventType.Topics.INBOUND, "+12065550100", RECEIVED, headers));

    assertThat(event.traceparent()).contains("00-abc-def-01");
  }

  @Test
  void an_unknown_field_in_the_data_is_ignored_as_the_contract_allows_adding_fields() {
    String status =
        """
        {"id": "0193a1f2-7b90-7f01-a2b3-c4d5e6f70812", "direction": "OUTBOUND",
         "from": "+12065550100", "to": "+13125550199", "body": "hi", "encoding": "GSM_7",
         "segments": 1, "mms": false, "media": [], "flowrouteId": null, "status": "QUEUED",
         "previousStatus": null, "failureCode": null, "failureReason": null,
         "changedAt": "2026-11-27T10:15:30Z", "autoReply": false, "addedLater": {"x": 1}}
        """;

    SwitchboardEvent<Object> event =
        reader.read(
            record(
                EventType.Topics.STATUS,
                "0193a1f2-7b90-7f01-a2b3-c4d5e6f70812",
                status,
                headers(EventType.MESSAGE_STATUS_CHANGED, UUID.randomUUID().toString())));

    MessageStatusChangedData data = event.dataAs(MessageStatusChangedData.class).orElseThrow();
    assertThat(data.status()).isEqualTo(MessageStatus.QUEUED);
    assertThat(data.previousStatus()).isNull();
    assertThat(data.deliveryReceipt()).isNull();
  }

  @Test
  void a_type_this_contract_does_not_know_reads_as_a_json_tree() {
    Headers headers = headers(EventType.MESSAGE_RECEIVED, UUID.randomUUID().toString());
    headers.remove("ce_type");
    headers.add("ce_type", "dev.switchboard.number.ported".getBytes(StandardCharsets.UTF_8));

    SwitchboardEvent<Object> event =
        reader.read(
            record(EventType.Topics.NUMBERS, "+12065550100", "{\"number\":\"+1\"}", headers));

    assertThat(event.eventType()).isEmpty();
    assertThat(event.type()).isEqualTo("number.ported");
    assertThat(event.dataAs(JsonNode.class).orElseThrow().path("number").asText()).isEqualTo("+1");
  }

  @Test
  void a_record_without_an_id_or_spec_version_is_refused_by_its_place() {
    Headers noId = headers(EventType.MESSAGE_RECEIVED, "x");
    noId.remove("ce_id");
    Headers oldSpec = headers(EventType.MESSAGE_RECEIVED, "x");
    oldSpec.remove("ce_specversion");
    oldSpec.add("ce_specversion", "0.3".getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> reader.read(record(EventType.Topics.INBOUND, "k", RECEIVED, noId)))
        .isInstanceOf(MalformedEventException.class)
        .hasMessageContaining(EventType.Topics.INBOUND + "-0@7")
        .hasMessageContaining("ce_id");
    assertThatThrownBy(() -> reader.read(record(EventType.Topics.INBOUND, "k", RECEIVED, oldSpec)))
        .isInstanceOf(MalformedEventException.class)
        .hasMessageContaining("0.3");
  }

  @Test
  void data_that_does_not_read_is_refused_without_quoting_it() {
    String secret = RECEIVED.replace("\"segments\": 1", "\"segments\": \"secret body\"");

    assertThatThrownBy(
            () ->
                reader.read(
                    record(
                        EventType.Topics.INBOUND,
                        "k",
                        secret,
                        headers(EventType.MESSAGE_RECEIVED, "x"))))
        .isInstanceOf(MalformedEventException.class)
        .hasMessageContaining("message.received")
        .hasMessageNotContaining("secret")
        .hasNoCause();
  }

  private static Headers headers(EventType type, String id) {
    Headers headers = new RecordHeaders();
    add(headers, "ce_specversion", "1.0");
    add(headers, "ce_id", id);
    add(headers, "ce_source", "/switchboard");
    add(headers, "ce_type", type.cloudEventType());
    add(headers, "ce_time", "2026-11-27T10:15:30.412Z");
    add(headers, "ce_subject", "0193a1f2-7b90-7f01-a2b3-c4d5e6f70812");
    add(headers, "ce_dataschema", type.dataSchema());
    add(headers, "content-type", "application/json");
    return headers;
  }

  private static void add(Headers headers, String name, String value) {
    headers.add(name, value.getBytes(StandardCharsets.UTF_8));
  }

  private static ConsumerRecord<String, byte[]> record(
      String topic, String key, String value, Headers headers) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    return new ConsumerRecord<>(
        topic,
        0,
        7,
        0L,
        TimestampType.CREATE_TIME,
        -1,
        bytes.length,
        key,
        bytes,
        headers,
        Optional.empty());
  }
}
