package dev.switchboard.api.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.api.support.ApiMessages;
import dev.switchboard.api.support.Events;
import dev.switchboard.api.support.SandboxServices;
import dev.switchboard.api.support.Tokens;
import dev.switchboard.sandbox.SandboxKafka;
import dev.switchboard.sandbox.emulator.FlowrouteEmulator;
import dev.switchboard.sandbox.emulator.messaging.InboundRequest;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An account on Messaging API v2.2: Flowroute's webhooks then write numbers in E.164 with the plus
 * and link to {@code /v2.2/} resources (reference section 8.2). Inbound texts, pictures and
 * delivery receipts in that form go the whole way: stored, published, applied.
 */
@QuarkusTest
@WithTestResource(value = SandboxServices.class, scope = TestResourceScope.GLOBAL)
class MessagingV22WebhooksTest {

  FlowrouteEmulator emulator;
  SandboxKafka kafka;
  final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void accountOnV22() {
    emulator.setMessagingApiVersion("v2.2");
  }

  @AfterEach
  void accountBackOnV21() {
    emulator.setMessagingApiVersion("v2.1");
  }

  JsonNode inboundEvent(String body) throws Exception {
    List<Events.Event> events =
        Events.await(
            kafka.bootstrapServers(),
            "switchboard.messages.inbound.v1",
            e -> e.value().contains(body),
            1,
            Duration.ofSeconds(20));
    assertThat(events).hasSize(1);
    return json.readTree(events.get(0).value());
  }

  @Test
  void a_v2_2_text_and_picture_arrive_as_events_with_e164_numbers() throws Exception {
    String text = "v2.2 text " + UUID.randomUUID();
    String picture = "v2.2 picture " + UUID.randomUUID();
    emulator.sendInbound(InboundRequest.sms("+14255550321", "+12065550101", text));
    emulator.sendInbound(
        InboundRequest.mms(
            "+14255550322", "+12065550102", picture, List.of("https://example.com/a.png")));

    JsonNode sms = inboundEvent(text);
    assertThat(sms.path("from").asText()).isEqualTo("+14255550321");
    assertThat(sms.path("to").asText()).isEqualTo("+12065550101");
    JsonNode mms = inboundEvent(picture);
    assertThat(mms.path("from").asText()).isEqualTo("+14255550322");
    assertThat(mms.path("media")).hasSize(1);
  }

  @Test
  void a_sent_text_reaches_delivered_through_v2_2_receipts() {
    String id =
        ApiMessages.sent(Tokens.all(emulator), "+12065550100", "+14255550323", "v2.2 receipts");

    ApiMessages.awaitStatus(Tokens.all(emulator), id, "DELIVERED", Duration.ofSeconds(20));
  }
}
