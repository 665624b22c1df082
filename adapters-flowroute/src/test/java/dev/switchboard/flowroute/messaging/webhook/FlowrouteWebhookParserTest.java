package dev.switchboard.flowroute.messaging.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.messaging.DeliveryReceipt;
import dev.switchboard.domain.messaging.InboundMessage;
import dev.switchboard.domain.messaging.Media;
import dev.switchboard.domain.messaging.MessageStatus;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.ProblemType;
import dev.switchboard.domain.shared.ValidationException;
import dev.switchboard.flowroute.http.FlowrouteJson;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FlowrouteWebhookParserTest {

  private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

  private final FlowrouteWebhookParser parser =
      new FlowrouteWebhookParser(FlowrouteJson.mapper(), Clock.fixed(NOW, ZoneOffset.UTC));

  // --- inbound SMS, JSON:API (§7.2) ---

  @Test
  void reads_an_inbound_sms_in_json_api_form_with_the_amount_as_a_string() {
    InboundMessage sms =
        parser.inboundMessage(
            """
            {
              "data": {
                "type": "message",
                "id": "mdr2-4e5435f325d9431f9e64118b20895b08",
                "attributes": {
                  "amount_display": "$0.0070",
                  "amount_nanodollars": "7000000",
                  "body": "Greetings on Friday evening!",
                  "direction": "inbound",
                  "from": "12065550123",
                  "is_mms": false,
                  "message_callback_url": "https://my-server.example/sms",
                  "message_encoding": 0,
                  "message_type": "longcode",
                  "status": "delivered",
                  "timestamp": "2024-10-19T01:21:21.980000Z",
                  "to": "12065550199"
                }
              }
            }
            """);

    assertThat(sms.flowrouteId()).isEqualTo("mdr2-4e5435f325d9431f9e64118b20895b08");
    assertThat(sms.from().value()).isEqualTo("+12065550123");
    assertThat(sms.to()).isEqualTo(new E164Number("+12065550199"));
    assertThat(sms.body()).isEqualTo("Greetings on Friday evening!");
    assertThat(sms.mms()).isFalse();
    assertThat(sms.media()).isEmpty();
    assertThat(sms.timestamp()).isEqualTo(Instant.parse("2024-10-19T01:21:21.980Z"));
  }

  @Test
  void reads_an_inbound_sms_with_the_amount_as_a_number_plus_e164_numbers_and_no_timestamp() {
    InboundMessage sms =
        parser.inboundMessage(
            """
            {"data":{"type":"message","id":"mdr2-aa","attributes":{
              "amount_nanodollars": 7000000, "body": "hi", "direction": "inbound",
              "from": "+12065550123", "to": "+12065550199", "is_mms": false,
              "delivery_receipts": []}}}
            """);

    assertThat(sms.from().value()).isEqualTo("+12065550123");
    assertThat(sms.to().value()).isEqualTo("+12065550199");
    assertThat(sms.timestamp()).isEqualTo(NOW);
  }

  // --- inbound MMS (§7.3) ---

  @Test
  void reads_an_inbound_mms_with_a_null_body_and_included_media() {
    InboundMessage mms =
        parser.inboundMessage(
            """
            {
              "data": {
                "id": "mdr2-xxxxxxxxx",
                "type": "message",
                "attributes": {
                  "amount_display": "$0.0195",
                  "amount_nanodollars": 19500000,
                  "body": null,
                  "delivery_receipts": [],
                  "direction": "inbound",
                  "from": "12345678900",
                  "is_mms": true,
                  "message_encoding": 0,
                  "message_type": "longcode",
                  "status": "",
                  "timestamp": "2022-09-03T20:40:11.00Z",
                  "to": "12345678901"
                },
                "relationships": {
                  "media": { "data": [ { "id": "xxxxxxx-1", "type": "media" } ] }
                }
              },
              "included": [
                {
                  "id": "xxxxxxx-1",
                  "type": "media",
                  "attributes": {
                    "file_name": "image000000.png",
                    "file_size": 14832,
                    "mime_type": "image/png",
                    "url": "https://s3.us-west-2.amazonaws.com/flowroute-messaging-media/xxxxxxxxx"
                  },
                  "links": { "self": "https://api.flowroute.com/v2.2/media/xxxxxxx-1" }
                }
              ]
            }
            """);

    assertThat(mms.flowrouteId()).isEqualTo("mdr2-xxxxxxxxx");
    assertThat(mms.body()).isNull();
    assertThat(mms.mms()).isTrue();
    assertThat(mms.from().value()).isEqualTo("+12345678900");
    assertThat(mms.to().value()).isEqualTo("+12345678901");
    assertThat(mms.timestamp()).isEqualTo(Instant.parse("2022-09-03T20:40:11Z"));
    assertThat(mms.media())
        .containsExactly(
            new Media(
                URI.create(
                    "https://s3.us-west-2.amazonaws.com/flowroute-messaging-media/xxxxxxxxx"),
                "image/png",
                "image000000.png",
                14832L));
  }

  @Test
  void reads_an_inbound_mms_with_text_and_media_listed_only_in_included() {
    InboundMessage mms =
        parser.inboundMessage(
            """
            {"data":{"id":"mdr2-bb","type":"message","attributes":{
               "body":"look at this","direction":"inbound","from":"12345678900",
               "to":"12345678901","is_mms":"true","timestamp":"2022-09-03T20:40:11+00:00"}},
             "included":[
               {"id":"m-1","type":"media","attributes":{"url":"https://media.example/a.jpg",
                 "mime_type":"image/jpeg","file_size":"2048"}},
               {"id":"m-2","type":"media","attributes":{"url":"https://media.example/b.gif"}}]}
            """);

    assertThat(mms.body()).isEqualTo("look at this");
    assertThat(mms.mms()).isTrue();
    assertThat(mms.media())
        .extracting(Media::url, Media::mimeType, Media::sizeBytes)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                URI.create("https://media.example/a.jpg"), "image/jpeg", 2048L),
            org.assertj.core.groups.Tuple.tuple(
                URI.create("https://media.example/b.gif"), null, null));
  }

  // --- legacy flat inbound (§7.5) ---

  @Test
  void reads_the_legacy_flat_inbound_form_with_an_mdr1_id() {
    InboundMessage sms =
        parser.inboundMessage(
            """
            {"to": "12066418000", "body": "Hello there from Flowroute!", "from": "18553569768", "id": "mdr1-febb118b9b034338adfc662a8c02fd88"}
            """);

    assertThat(sms.flowrouteId()).isEqualTo("mdr1-febb118b9b034338adfc662a8c02fd88");
    assertThat(sms.to().value()).isEqualTo("+12066418000");
    assertThat(sms.from().value()).isEqualTo("+18553569768");
    assertThat(sms.body()).isEqualTo("Hello there from Flowroute!");
    assertThat(sms.mms()).isFalse();
    assertThat(sms.timestamp()).isEqualTo(NOW);
  }

  @Test
  void reads_the_legacy_flat_inbound_form_with_an_mdr2_id() {
    InboundMessage sms =
        parser.inboundMessage(
            """
            {"to": "+12066418000", "body": "STOP", "from": "18553569768", "id": "mdr2-4e5435f325d9431f9e64118b20895b08"}
            """);

    assertThat(sms.flowrouteId()).isEqualTo("mdr2-4e5435f325d9431f9e64118b20895b08");
    assertThat(sms.body()).isEqualTo("STOP");
  }

  @Test
  void reads_ids_sent_as_numbers() {
    InboundMessage sms =
        parser.inboundMessage(
            """
            {"to": "12066418000", "body": "x", "from": "18553569768", "id": 12345}
            """);
    DeliveryReceipt receipt =
        parser.deliveryReceipt(
            """
            {"data":{"type":"delivery_receipt","id":678,"attributes":{"status":"delivered"}}}
            """);

    assertThat(sms.flowrouteId()).isEqualTo("12345");
    assertThat(receipt.flowrouteId()).isEqualTo("678");
  }

  // --- delivery receipts (§7.4) ---

  @Test
  void reads_a_delivery_receipt_in_json_api_form() {
    DeliveryReceipt receipt =
        parser.deliveryReceipt(
            """
            {
              "data": {
                "type": "delivery_receipt",
                "id": "mdr2-39cadeace66e11e7aff806cd7f24ba2d",
                "attributes": {
                  "body": "test sms on v2",
                  "level": 2,
                  "status": "message buffered",
                  "status_code": 1003,
                  "status_code_description": "Message accepted by Carrier",
                  "timestamp": "2017-12-21T16:44:35+00:00"
                },
                "links": {
                  "related": "https://api.flowroute.com/v2.1/messages/mdr2-39cadeace66e11e7aff806cd7f24ba2d"
                }
              }
            }
            """);

    assertThat(receipt)
        .isEqualTo(
            new DeliveryReceipt(
                "mdr2-39cadeace66e11e7aff806cd7f24ba2d",
                2,
                "message buffered",
                1003,
                "Message accepted by Carrier",
                Instant.parse("2017-12-21T16:44:35Z")));
    assertThat(receipt.outcome()).isEqualTo(MessageStatus.SENT);
  }

  @Test
  void reads_a_receipt_whose_code_and_level_are_strings_and_time_has_six_fraction_digits() {
    DeliveryReceipt receipt =
        parser.deliveryReceipt(
            """
            {"data":{"type":"delivery_receipt","id":"mdr2-cc","attributes":{
              "level":"1","status":"delivered","status_code":"1004",
              "status_code_description":"Message delivered to handset",
              "timestamp":"2024-10-19T01:21:21.980000Z"}}}
            """);

    assertThat(receipt.level()).isEqualTo(1);
    assertThat(receipt.statusCode()).isEqualTo(1004);
    assertThat(receipt.timestamp()).isEqualTo(Instant.parse("2024-10-19T01:21:21.98Z"));
    assertThat(receipt.outcome()).isEqualTo(MessageStatus.DELIVERED);
  }

  @Test
  void reads_a_receipt_with_a_null_code_and_no_timestamp_as_of_now() {
    DeliveryReceipt receipt =
        parser.deliveryReceipt(
            """
            {"data":{"type":"delivery_receipt","id":"mdr2-dd","attributes":{
              "level":1,"status":"smsc submit","status_code":null,
              "status_code_description":"Message has been sent"}}}
            """);

    assertThat(receipt.statusCode()).isNull();
    assertThat(receipt.status()).isEqualTo("smsc submit");
    assertThat(receipt.timestamp()).isEqualTo(NOW);
  }

  @Test
  void reads_receipt_timestamps_with_two_fraction_digits_or_without_a_zone() {
    DeliveryReceipt twoDigits =
        parser.deliveryReceipt(
            """
            {"data":{"id":"mdr2-ee","attributes":{"status":"delivered",
              "timestamp":"2017-12-21T16:44:35.00Z"}}}
            """);
    DeliveryReceipt noZone =
        parser.deliveryReceipt(
            """
            {"data":{"id":"mdr2-ee","attributes":{"status":"delivered",
              "timestamp":"2017-12-21T16:44:35"}}}
            """);

    assertThat(twoDigits.timestamp()).isEqualTo(Instant.parse("2017-12-21T16:44:35Z"));
    assertThat(noZone.timestamp()).isEqualTo(Instant.parse("2017-12-21T16:44:35Z"));
  }

  @Test
  void reads_the_legacy_receipt_shape_as_level_two() {
    DeliveryReceipt receipt =
        parser.deliveryReceipt(
            """
            {"data":{"attributes":{"to":"12065550199","from":"12065550123","body":"hello",
              "status":"delivered","status_code":1004},"id":"mdr2-ff","type":"message"}}
            """);

    assertThat(receipt.flowrouteId()).isEqualTo("mdr2-ff");
    assertThat(receipt.level()).isEqualTo(2);
    assertThat(receipt.status()).isEqualTo("delivered");
    assertThat(receipt.statusCode()).isEqualTo(1004);
    assertThat(receipt.timestamp()).isEqualTo(NOW);
  }

  @Test
  void reads_the_opt_out_code() {
    DeliveryReceipt receipt =
        parser.deliveryReceipt(
            """
            {"data":{"type":"delivery_receipt","id":"mdr2-gg","attributes":{
              "level":2,"status":"failed","status_code":1110,
              "status_code_description":"User Opted Out (STOP)"}}}
            """);

    assertThat(receipt.recipientOptedOut()).isTrue();
    assertThat(receipt.outcome()).isEqualTo(MessageStatus.FAILED);
  }

  // --- malformed ---

  @Test
  void refuses_a_body_that_is_not_json() {
    assertInvalid(() -> parser.inboundMessage("to=12065550199&body=hi"), "not JSON");
    assertInvalid(() -> parser.deliveryReceipt("{\"data\": "), "not JSON");
  }

  @Test
  void refuses_an_empty_body_or_a_json_array() {
    assertInvalid(() -> parser.inboundMessage(""), "empty");
    assertInvalid(() -> parser.inboundMessage("[1,2]"), "not a JSON object");
  }

  @Test
  void refuses_an_inbound_message_without_an_id() {
    assertInvalid(
        () -> parser.inboundMessage("{\"to\":\"12066418000\",\"from\":\"18553569768\"}"), "id");
    assertInvalid(
        () ->
            parser.inboundMessage(
                """
                {"data":{"type":"message","attributes":{"from":"12065550123","to":"12065550199"}}}
                """),
        "data.id");
  }

  @Test
  void refuses_an_inbound_message_without_a_sender() {
    assertInvalid(
        () ->
            parser.inboundMessage(
                """
                {"data":{"type":"message","id":"mdr2-a","attributes":{"to":"12065550199","body":"x"}}}
                """),
        "data.attributes.from");
    assertInvalid(
        () -> parser.inboundMessage("{\"to\":\"12066418000\",\"id\":\"mdr1-a\",\"body\":\"x\"}"),
        "from");
  }

  @Test
  void refuses_a_sender_that_is_no_number_short_code_or_id_and_our_number_out_of_nanp() {
    assertInvalid(
        () ->
            parser.inboundMessage(
                "{\"to\":\"12066418000\",\"from\":\"not a sender!\",\"id\":\"mdr1-a\",\"body\":\"x\"}"),
        "from");
    assertInvalid(
        () ->
            parser.inboundMessage(
                "{\"to\":\"4420\",\"from\":\"12066418000\",\"id\":\"mdr1-a\",\"body\":\"x\"}"),
        "to");
  }

  /** Flowroute delivers texts from short codes, other countries and sender IDs (issue 15). */
  @ParameterizedTest
  @CsvSource({
    "12345, 12345",
    "447700900123, +447700900123",
    "+447700900123, +447700900123",
    "ACME, ACME"
  })
  void reads_senders_that_are_short_codes_other_countries_or_sender_ids(
      String from, String normal) {
    InboundMessage sms =
        parser.inboundMessage(
            """
            {"data":{"type":"message","id":"mdr2-ab","attributes":{
              "body": "your code is 1234", "direction": "inbound",
              "from": "%s", "to": "12065550199", "is_mms": false}}}
            """
                .formatted(from));

    assertThat(sms.from().value()).isEqualTo(normal);
    assertThat(sms.to().value()).isEqualTo("+12065550199");
  }

  @Test
  void refuses_a_receipt_without_an_id_or_attributes() {
    assertInvalid(
        () -> parser.deliveryReceipt("{\"data\":{\"attributes\":{\"status\":\"delivered\"}}}"),
        "data.id");
    assertInvalid(
        () -> parser.deliveryReceipt("{\"data\":{\"id\":\"mdr2-a\"}}"), "data.attributes");
    assertInvalid(
        () -> parser.deliveryReceipt("{\"to\":\"12066418000\",\"id\":\"mdr2-a\"}"), "data");
  }

  @Test
  void refuses_a_receipt_posted_as_an_inbound_message_and_the_reverse() {
    assertInvalid(
        () ->
            parser.inboundMessage(
                """
                {"data":{"type":"delivery_receipt","id":"mdr2-a","attributes":{"status":"x"}}}
                """),
        "delivery receipt");
    assertInvalid(
        () ->
            parser.deliveryReceipt(
                """
                {"data":{"type":"message","id":"mdr2-a","attributes":{"direction":"inbound",
                  "from":"12065550123","to":"12065550199","body":"x"}}}
                """),
        "inbound");
  }

  @Test
  void refuses_media_without_an_http_url() {
    assertInvalid(
        () ->
            parser.inboundMessage(
                """
                {"data":{"id":"mdr2-a","type":"message","attributes":{"from":"12345678900",
                   "to":"12345678901","is_mms":true}},
                 "included":[{"id":"m-1","type":"media","attributes":{"url":"ftp://x/y"}}]}
                """),
        "http");
  }

  private static void assertInvalid(
      org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String mentioned) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.code()).isEqualTo(ProblemType.INVALID_WEBHOOK_PAYLOAD.code()))
        .hasMessageContaining(mentioned);
  }
}
