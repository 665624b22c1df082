package dev.switchboard.flowroute.messaging.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.domain.messaging.DeliveryReceipt;
import dev.switchboard.domain.messaging.InboundMessage;
import dev.switchboard.flowroute.http.FlowrouteJson;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every webhook form Flowroute documents, parsed from a golden example of it ({@code
 * src/test/resources/golden/webhooks/}, each citing its sources) and checked against what the file
 * says it carries.
 */
class GoldenWebhookTest {

  private static final ObjectMapper JSON = FlowrouteJson.mapper();
  private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

  private final FlowrouteWebhookParser parser =
      new FlowrouteWebhookParser(JSON, Clock.fixed(NOW, ZoneOffset.UTC));

  static JsonNode golden(String name) throws IOException {
    try (InputStream in =
        GoldenWebhookTest.class.getResourceAsStream("/golden/webhooks/" + name + ".json")) {
      JsonNode golden = JSON.readTree(in);
      assertThat(golden.path("sources")).as("%s cites its sources", name).isNotEmpty();
      return golden;
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"inbound-sms-v2.1", "inbound-sms-v2.2", "inbound-mms", "inbound-legacy"})
  void parses_each_documented_inbound_form(String name) throws IOException {
    JsonNode golden = golden(name);
    JsonNode expect = golden.path("expect");

    InboundMessage message = parser.inboundMessage(JSON.writeValueAsString(golden.get("payload")));

    assertThat(message.flowrouteId()).isEqualTo(expect.path("flowrouteId").asText());
    assertThat(message.from().value()).isEqualTo(expect.path("from").asText());
    assertThat(message.to().value()).isEqualTo(expect.path("to").asText());
    assertThat(message.body())
        .isEqualTo(expect.path("body").isNull() ? null : expect.path("body").asText());
    assertThat(message.media()).hasSize(expect.path("media").asInt());
    if (expect.has("timestamp")) {
      assertThat(message.timestamp()).isEqualTo(Instant.parse(expect.path("timestamp").asText()));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"dlr-level-1", "dlr-level-2-v2.2"})
  void parses_each_documented_receipt_form(String name) throws IOException {
    JsonNode golden = golden(name);
    JsonNode expect = golden.path("expect");

    DeliveryReceipt receipt =
        parser.deliveryReceipt(JSON.writeValueAsString(golden.get("payload")));

    assertThat(receipt.flowrouteId()).isEqualTo(expect.path("flowrouteId").asText());
    assertThat(receipt.level()).isEqualTo(expect.path("level").asInt());
    assertThat(receipt.status()).isEqualTo(expect.path("status").asText());
    assertThat(receipt.statusCode())
        .isEqualTo(expect.path("statusCode").isNull() ? null : expect.path("statusCode").asInt());
    assertThat(receipt.timestamp()).isEqualTo(Instant.parse(expect.path("timestamp").asText()));
  }
}
