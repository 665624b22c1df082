package dev.switchboard.sandbox.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.sandbox.emulator.account.CallbackType;
import dev.switchboard.sandbox.emulator.messaging.MessageRecord;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Flowroute's inconvenient behaviour: sends stored but answered with a timeout or an error, records
 * listed only after a delay, and the send statistics that show a double.
 */
class AcceptedFaultsTest extends EmulatorTestBase {

  private static final String TODAY = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();

  @Test
  void accepted_then_status_stores_the_message_and_answers_the_status_on_every_nth_send() {
    emulator.faults().acceptThenStatus(2, 3, 502);

    List<Integer> statuses =
        java.util.stream.IntStream.rangeClosed(1, 9)
            .mapToObj(i -> client.sendSms(OURS, PHONE, "status " + i).status())
            .toList();

    assertThat(statuses).containsExactly(202, 202, 502, 202, 202, 502, 202, 202, 202);
    assertThat(emulator.messages()).hasSize(9);
    assertThat(emulator.stats().accepted()).isEqualTo(9);
  }

  @Test
  void accepted_then_timeout_stores_the_message_and_answers_nothing_before_the_client_gives_up()
      throws Exception {
    emulator.faults().acceptThenTimeout(1, 1, Duration.ofMillis(800));
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(emulator.url() + "/v2.1/messages"))
            .timeout(Duration.ofMillis(300))
            .header("Authorization", basic())
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "{\"from\":\"" + OURS + "\",\"to\":\"" + PHONE + "\",\"body\":\"lost\"}"))
            .build();

    assertThatThrownBy(() -> http.send(request, HttpResponse.BodyHandlers.ofString()))
        .isInstanceOf(HttpTimeoutException.class);
    assertThat(emulator.messages()).extracting(MessageRecord::body).containsExactly("lost");
    assertThat(client.sendSms(OURS, PHONE, "next").status()).isEqualTo(202);
  }

  @Test
  void a_held_send_is_closed_without_an_answer_once_the_hold_is_over() {
    emulator.faults().acceptThenTimeout(1, 1, Duration.ofMillis(200));

    assertThatThrownBy(() -> client.sendSms(OURS, PHONE, "dropped"))
        .hasRootCauseInstanceOf(IOException.class);
    assertThat(emulator.stats().acceptedOf(OURS, PHONE, "dropped")).isEqualTo(1);
  }

  @Test
  void faults_are_set_and_shown_through_sandbox_faults() {
    FlowrouteClient.Response set =
        client.post(
            "/sandbox/faults",
            "{\"accepted_then_timeout\":{\"count\":5,\"every\":3,\"hold_ms\":2500},"
                + "\"accepted_then_status\":{\"count\":4,\"every\":2,\"status\":504},"
                + "\"mdr_listing_delay_ms\":3000}");

    assertThat(set.status()).isEqualTo(200);
    JsonNode faults = client.get("/sandbox/faults").json();
    assertThat(faults.path("accepted_then_timeout").path("count").asInt()).isEqualTo(5);
    assertThat(faults.path("accepted_then_timeout").path("every").asInt()).isEqualTo(3);
    assertThat(faults.path("accepted_then_timeout").path("hold_ms").asLong()).isEqualTo(2500);
    assertThat(faults.path("accepted_then_status").path("status").asInt()).isEqualTo(504);
    assertThat(faults.path("accepted_then_status").path("every").asInt()).isEqualTo(2);
    assertThat(faults.path("mdr_listing_delay_ms").asLong()).isEqualTo(3000);
    assertThat(
            client.post("/sandbox/faults", "{\"accepted_then_status\":{\"status\":200}}").status())
        .isEqualTo(422);
  }

  @Test
  void a_new_record_is_listed_and_looked_up_only_after_the_listing_delay() throws Exception {
    emulator.faults().setMdrListingDelay(Duration.ofMillis(700));

    String id = client.sendSms(OURS, PHONE, "later").json().path("data").path("id").asText();

    assertThat(client.get("/v2.1/messages/" + id).status()).isEqualTo(404);
    assertThat(client.get("/v2.1/messages?start_date=" + TODAY).json().path("data")).isEmpty();
    assertThat(emulator.message(id)).isPresent();
    Thread.sleep(900);
    assertThat(client.get("/v2.1/messages/" + id).status()).isEqualTo(200);
    assertThat(client.get("/v2.1/messages?start_date=" + TODAY).json().path("data")).hasSize(1);
  }

  @Test
  void receipts_go_out_as_before_while_the_record_is_not_listed_yet() {
    emulator.faults().setMdrListingDelay(Duration.ofSeconds(30));
    emulator.setAccountCallback(CallbackType.SMS_DLR_CALLBACK, receiver.url("/dlr"));

    String id = client.sendSms(OURS, PHONE, "receipts").json().path("data").path("id").asText();
    List<CallbackReceiver.Received> receipts = receiver.take(2);

    assertThat(receipts)
        .extracting(r -> r.body().path("data").path("id").asText())
        .containsOnly(id);
    assertThat(client.get("/v2.1/messages/" + id).status()).isEqualTo(404);
  }

  @Test
  void stats_count_accepted_and_limited_sends_and_show_a_text_accepted_twice() {
    emulator.faults().setRates(2, 0);
    client.sendSms(OURS, PHONE, "twice");
    client.sendSms(OURS, PHONE, "twice");
    client.sendSms(OURS, PHONE, "once");

    JsonNode stats = client.get("/sandbox/stats").json();

    assertThat(stats.path("accepted").asLong()).isEqualTo(2);
    assertThat(stats.path("rate_limited").asLong()).isEqualTo(1);
    assertThat(stats.path("duplicates")).hasSize(1);
    assertThat(stats.path("duplicates").get(0).path("body").asText()).isEqualTo("twice");
    assertThat(stats.path("duplicates").get(0).path("count").asLong()).isEqualTo(2);
    assertThat(emulator.stats().duplicates()).hasSize(1);
    assertThat(client.delete("/sandbox/stats").status()).isEqualTo(204);
    assertThat(emulator.stats().accepted()).isZero();
    assertThat(emulator.stats().perText()).isEmpty();
  }

  @Test
  void an_unauthorized_spell_answers_401_with_the_right_key_and_stores_nothing() {
    client.post("/sandbox/faults", "{\"unauthorized\":true}");

    assertFlowrouteError(client.sendSms(OURS, PHONE, "refused"), 401);
    assertThat(emulator.messages()).isEmpty();
    client.post("/sandbox/faults", "{\"unauthorized\":false}");
    assertThat(client.sendSms(OURS, PHONE, "accepted").status()).isEqualTo(202);
  }

  private static String basic() {
    return "Basic "
        + java.util.Base64.getEncoder()
            .encodeToString(
                (emulator.config().accessKey() + ":" + emulator.config().secretKey())
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
