package dev.switchboard.sandbox.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.sandbox.emulator.account.CallbackType;
import dev.switchboard.sandbox.emulator.messaging.DeliveryReceipt;
import dev.switchboard.sandbox.emulator.messaging.MessageRecord;
import dev.switchboard.sandbox.emulator.messaging.WebhookDelivery;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeliveryReceiptTest extends EmulatorTestBase {

  private static String send(String to) {
    FlowrouteClient.Response response = client.sendSms(OURS, to, "Hello");
    assertThat(response.status()).isEqualTo(202);
    return response.json().path("data").path("id").asText();
  }

  private static void awaitStatus(String id, String status) throws InterruptedException {
    for (int i = 0; i < 100; i++) {
      if (emulator.message(id).orElseThrow().status().equals(status)) {
        return;
      }
      Thread.sleep(20);
    }
    assertThat(emulator.message(id).orElseThrow().status()).isEqualTo(status);
  }

  @Test
  void posts_smsc_submit_then_delivered_to_the_account_dlr_callback() {
    emulator.setAccountCallback(CallbackType.SMS_DLR_CALLBACK, receiver.url("/dlr"));

    String id = send(PHONE);
    List<CallbackReceiver.Received> receipts = receiver.take(2);

    JsonNode first = receipts.get(0).body().path("data");
    JsonNode second = receipts.get(1).body().path("data");
    assertThat(receipts.get(0).path()).isEqualTo("/dlr");
    assertThat(receipts.get(0).contentType()).isEqualTo("application/json");
    assertThat(first.path("type").asText()).isEqualTo("delivery_receipt");
    assertThat(first.path("id").asText()).isEqualTo(id);
    assertThat(first.path("attributes").path("level").asInt()).isEqualTo(1);
    assertThat(first.path("attributes").path("status").asText()).isEqualTo("smsc submit");
    assertThat(first.path("attributes").path("status_code").isNull()).isTrue();
    assertThat(first.path("attributes").path("status_code_description").asText())
        .isEqualTo("Message has been sent");
    assertThat(first.path("attributes").path("body").asText()).isEqualTo("Hello");
    assertThat(first.path("links").path("related").asText())
        .isEqualTo(emulator.url() + "/v2.1/messages/" + id);
    assertThat(second.path("attributes").path("level").asInt()).isEqualTo(2);
    assertThat(second.path("attributes").path("status").asText()).isEqualTo("delivered");
    assertThat(second.path("attributes").path("status_code").asInt()).isEqualTo(1004);
    assertThat(second.path("attributes").path("timestamp").asText()).endsWith("Z");

    MessageRecord stored = emulator.message(id).orElseThrow();
    assertThat(stored.status()).isEqualTo("delivered");
    assertThat(stored.deliveryReceipts()).extracting(DeliveryReceipt::level).containsExactly(2, 1);
  }

  @Test
  void an_account_on_v2_2_links_its_receipts_to_v2_2() {
    emulator.setAccountCallback(CallbackType.SMS_DLR_CALLBACK, receiver.url("/dlr"));
    emulator.setMessagingApiVersion("v2.2");
    try {
      String id = send(PHONE);
      JsonNode receipt = receiver.take(2).get(1).body().path("data");

      assertThat(receipt.path("links").path("related").asText())
          .isEqualTo(emulator.url() + "/v2.2/messages/" + id);
    } finally {
      emulator.setMessagingApiVersion("v2.1");
    }
  }

  @Test
  void a_recipient_ending_in_0005_is_rejected_with_1005() throws InterruptedException {
    emulator.setAccountCallback(CallbackType.SMS_DLR_CALLBACK, receiver.url("/dlr"));

    String id = send("12065550005");
    JsonNode last = receiver.take(2).get(1).body().path("data").path("attributes");

    assertThat(last.path("status").asText()).isEqualTo("rejected");
    assertThat(last.path("status_code").asInt()).isEqualTo(1005);
    awaitStatus(id, "rejected");
  }

  @Test
  void a_recipient_ending_in_1110_has_opted_out() {
    emulator.setAccountCallback(CallbackType.SMS_DLR_CALLBACK, receiver.url("/dlr"));

    send("12065551110");
    JsonNode last = receiver.take(2).get(1).body().path("data").path("attributes");

    assertThat(last.path("status").asText()).isEqualTo("failed");
    assertThat(last.path("status_code").asInt()).isEqualTo(1110);
    assertThat(last.path("status_code_description").asText()).isEqualTo("User Opted Out (STOP)");
  }

  @Test
  void a_landline_recipient_gets_only_the_level_1_receipt() throws InterruptedException {
    emulator.setAccountCallback(CallbackType.SMS_DLR_CALLBACK, receiver.url("/dlr"));

    String id = send("12065550009");

    assertThat(receiver.next().body().path("data").path("attributes").path("level").asInt())
        .isEqualTo(1);
    receiver.assertQuietFor(Duration.ofMillis(300));
    assertThat(emulator.message(id).orElseThrow().status()).isEqualTo("smsc submit");
  }

  @Test
  void the_per_message_dlr_callback_wins_over_number_and_account_callbacks() {
    emulator.setAccountCallback(CallbackType.SMS_DLR_CALLBACK, receiver.url("/account"));
    emulator.setNumberCallback(OURS, CallbackType.SMS_DLR_CALLBACK, receiver.url("/number"));

    client.post(
        "/v2.1/messages",
        "{\"to\":\""
            + PHONE
            + "\",\"from\":\""
            + OURS
            + "\",\"body\":\"hi\",\"dlr_callback\":\""
            + receiver.url("/message")
            + "\"}");
    List<CallbackReceiver.Received> receipts = receiver.take(2);

    assertThat(receipts).extracting(CallbackReceiver.Received::path).containsOnly("/message");
  }

  @Test
  void the_number_level_callback_wins_over_the_account_callback() {
    emulator.setAccountCallback(CallbackType.SMS_DLR_CALLBACK, receiver.url("/account"));
    assertThat(
            client
                .post(
                    "/v2/numbers/" + OURS + "/relationships/dlr_callback",
                    "{\"data\":{\"attributes\":{\"callback_url\":\""
                        + receiver.url("/number")
                        + "\"}}}")
                .status())
        .isEqualTo(204);

    send(PHONE);

    assertThat(receiver.take(2))
        .extracting(CallbackReceiver.Received::path)
        .containsOnly("/number");
  }

  @Test
  void re_sends_a_receipt_until_the_receiver_answers_200() throws InterruptedException {
    emulator.setAccountCallback(CallbackType.SMS_DLR_CALLBACK, receiver.url("/dlr"));
    receiver.respondWith(500, 503);

    String id = send("12065550009");
    List<CallbackReceiver.Received> attempts = receiver.take(3);

    assertThat(attempts)
        .extracting(r -> r.body().path("data").path("attributes").path("level").asInt())
        .containsOnly(1);
    receiver.assertQuietFor(Duration.ofMillis(300));
    WebhookDelivery delivery =
        emulator.webhookDeliveries().stream()
            .filter(d -> d.id().equals(id + "/dlr/1"))
            .findFirst()
            .orElseThrow();
    assertThat(delivery.attempts()).isEqualTo(3);
    assertThat(delivery.delivered()).isTrue();
  }

  @Test
  void without_any_callback_nothing_is_posted_but_the_mdr_is_updated() throws InterruptedException {
    String id = send(PHONE);

    awaitStatus(id, "delivered");
    receiver.assertQuietFor(Duration.ofMillis(100));
  }
}
