package dev.switchboard.api.messages;

import static dev.switchboard.api.messages.SendingMessagesTest.OUR_NUMBER;
import static dev.switchboard.api.messages.SendingMessagesTest.STATUS_TOPIC;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.api.support.ApiMessages;
import dev.switchboard.api.support.Events;
import dev.switchboard.api.support.SandboxServices;
import dev.switchboard.api.support.Tokens;
import dev.switchboard.sandbox.SandboxKafka;
import dev.switchboard.sandbox.emulator.FlowrouteEmulator;
import dev.switchboard.sandbox.emulator.messaging.InboundRequest;
import dev.switchboard.sandbox.emulator.messaging.MessageRecord;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * MMS end to end: through the API, the dispatcher's own MMS rate and the emulator (which fetches
 * media on this machine and allows 1 MMS/s), to the delivery receipt and the status events.
 */
@QuarkusTest
@WithTestResource(value = SandboxServices.class, scope = TestResourceScope.GLOBAL)
class SendingMmsTest {

  FlowrouteEmulator emulator;
  SandboxKafka kafka;
  final ObjectMapper json = new ObjectMapper();

  String sendMms(String to, String body, List<String> mediaUrls) {
    Map<String, Object> request = new HashMap<>();
    request.put("from", OUR_NUMBER);
    request.put("to", to);
    request.put("mediaUrls", mediaUrls);
    if (body != null) {
      request.put("body", body);
    }
    return given()
        .auth()
        .oauth2(Tokens.all(emulator))
        .contentType(ContentType.JSON)
        .body(request)
        .post("/v1/messages")
        .then()
        .statusCode(202)
        .body("status", equalTo("QUEUED"))
        .body("media", hasSize(mediaUrls.size()))
        .extract()
        .path("id");
  }

  void awaitStatus(String id, String status, Duration atMost) {
    ApiMessages.awaitStatus(Tokens.all(emulator), id, status, atMost);
  }

  /** A phone sends us a picture; its URL is the emulator's own media, which it can fetch. */
  String receivedPictureUrl(String phone) {
    String body = "picture " + UUID.randomUUID();
    emulator.sendInbound(
        InboundRequest.mms(phone, OUR_NUMBER, body, List.of("https://example.com/cat.png")));
    String[] url = new String[1];
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                url[0] =
                    given()
                        .auth()
                        .oauth2(Tokens.all(emulator))
                        .queryParam("number", phone)
                        .queryParam("direction", "INBOUND")
                        .get("/v1/messages")
                        .then()
                        .statusCode(200)
                        .body("data", hasSize(1))
                        .extract()
                        .path("data[0].media[0].url"));
    assertThat(url[0]).startsWith(emulator.url() + "/sandbox/media/");
    return url[0];
  }

  static String aPhone() {
    return "+1425556" + ThreadLocalRandom.current().nextInt(2000, 9000);
  }

  @Test
  void a_forwarded_picture_is_sent_as_an_mms_and_reaches_delivered_with_its_events()
      throws Exception {
    String phone = aPhone();
    String picture = receivedPictureUrl(phone);
    String text = "your picture back " + UUID.randomUUID();

    String id = sendMms(phone, text, List.of(picture));
    awaitStatus(id, "DELIVERED", Duration.ofSeconds(20));

    List<Events.Event> events =
        Events.await(
            kafka.bootstrapServers(),
            STATUS_TOPIC,
            e -> id.equals(e.key()),
            3,
            Duration.ofSeconds(20));
    assertThat(events)
        .extracting(e -> read(e.value()).path("status").asText())
        .containsExactly("QUEUED", "SENT", "DELIVERED");
    JsonNode queued = read(events.get(0).value());
    assertThat(queued.path("mms").asBoolean()).isTrue();
    assertThat(queued.path("media").get(0).path("url").asText()).isEqualTo(picture);
    assertThat(read(events.get(1).value()).path("flowrouteId").asText()).startsWith("mdr2-");

    MessageRecord sent =
        emulator.messages().stream().filter(m -> text.equals(m.body())).findFirst().orElseThrow();
    assertThat(sent.mms()).isTrue();
    assertThat(sent.mediaUrls()).containsExactly(picture);
  }

  @Test
  void the_flowroute_request_of_an_mms_carries_media_urls_and_is_mms() throws Exception {
    String phone = aPhone();
    String media = "https://media.example.com/" + UUID.randomUUID() + ".gif";

    String id = sendMms(phone, null, List.of(media));
    awaitStatus(id, "DELIVERED", Duration.ofSeconds(20));

    JsonNode log = json.readTree(given().get(emulator.url() + "/sandbox/requests").asString());
    JsonNode sent = null;
    for (JsonNode r : log) {
      if (r.path("method").asText().equals("POST")
          && r.path("path").asText().equals("/v2.1/messages")
          && r.path("body")
              .path("data")
              .path("attributes")
              .path("media_urls")
              .path(0)
              .asText()
              .equals(media)) {
        sent = r;
      }
    }
    assertThat(sent).as("the MMS send request in /sandbox/requests").isNotNull();
    JsonNode expected =
        json.readTree(
            """
            {"data":{"type":"message","attributes":{
              "to":"%s","from":"12065550100",
              "dlr_callback":"%s/webhooks/flowroute/***/dlr/%s",
              "media_urls":["%s"],"is_mms":true}}}
            """
                .formatted(phone.substring(1), SandboxServices.APP_URL, id, media));
    assertThat(sent.path("body")).isEqualTo(expected);
  }

  @Test
  void a_burst_of_mms_above_one_per_second_is_sent_without_a_single_429() {
    long limitedBefore = emulator.rateLimitedSends();
    String batch = "mms burst " + UUID.randomUUID();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      ids.add(
          sendMms(aPhone(), batch, List.of("https://media.example.com/" + batch.hashCode() + i)));
    }
    // Four MMS at 1/s take three seconds at least; SMS sent meanwhile are not held back by them.
    String sms = ApiMessages.sent(Tokens.all(emulator), OUR_NUMBER, aPhone(), "sms " + batch);
    for (String id : ids) {
      awaitStatus(id, "DELIVERED", Duration.ofSeconds(30));
    }
    awaitStatus(sms, "DELIVERED", Duration.ofSeconds(30));

    assertThat(emulator.rateLimitedSends()).isEqualTo(limitedBefore);
    List<MessageRecord> sent =
        emulator.messages().stream().filter(m -> batch.equals(m.body())).toList();
    assertThat(sent).hasSize(4).allMatch(MessageRecord::mms);
    List<Long> times = sent.stream().map(m -> m.timestamp().toEpochMilli()).sorted().toList();
    for (int i = 1; i < times.size(); i++) {
      assertThat(times.get(i) - times.get(i - 1)).isGreaterThanOrEqualTo(1000);
    }
  }

  JsonNode read(String value) {
    try {
      return json.readTree(value);
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + value, e);
    }
  }
}
