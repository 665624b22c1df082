package dev.switchboard.flowroute.messaging.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.messaging.MessageStatus;
import dev.switchboard.domain.messaging.reconciliation.CarrierRecord;
import dev.switchboard.domain.messaging.reconciliation.port.out.CarrierRecords;
import dev.switchboard.flowroute.http.Secret;
import dev.switchboard.flowroute.messaging.webhook.WebhookUrls;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Flowroute's MDR listing read page by page into the carrier records the reconciliation matches.
 */
class FlowrouteMessageRecordsTest {

  private static final Instant NOW = Instant.parse("2026-11-27T09:05:00Z");

  private final FakeMessagesApi flowroute = new FakeMessagesApi();
  private final FlowrouteMessageRecords records =
      new FlowrouteMessageRecords(
          new MessageRecords(
              flowroute::list,
              new WebhookUrls(Optional.empty(), Secret.of("s3cret")),
              Clock.fixed(NOW, ZoneOffset.UTC)));

  /**
   * The request shape: Flowroute reference §6.4 ({@code start_date}, {@code end_date}, {@code
   * limit}, {@code offset}; the next page's offset taken from {@code links.next}); the record is
   * the documented §6.3 example (flowroute-sdk-v3-python README, look_up_a_set_of_messages), whose
   * {@code delivery_receipts} are newest first.
   */
  @Test
  void reads_every_page_of_the_window_with_the_page_size_asked_for() {
    flowroute
        .answer(
            200,
            """
            {"data":[{"type":"message","id":"mdr2-39cadeace66e11e7aff806cd7f24ba2d",
              "attributes":{"amount_display":"$0.0040","amount_nanodollars":4000000,
                "body":"test sms on v2",
                "delivery_receipts":[
                  {"level":2,"status":"message buffered","status_code":1003,
                   "status_code_description":"Message accepted by Carrier",
                   "timestamp":"2017-12-21T16:44:35.00Z"},
                  {"level":1,"status":"smsc submit","status_code":null,
                   "status_code_description":"Message has been sent",
                   "timestamp":"2017-12-21T16:44:35.00Z"}],
                "direction":"outbound","from":"12012673227","is_mms":false,
                "message_encoding":0,"message_type":"longcode","status":"message buffered",
                "timestamp":"2017-12-21T16:44:34.93Z","to":"12061232634"}}],
             "links":{"next":"https://api.flowroute.com/v2.1/messages?limit=1&start_date=2017-12-01T00%3A00%3A00%2B00%3A00&offset=1"}}
            """)
        .answer(
            200,
            """
            {"data":[{"type":"message","id":"mdr2-failed","attributes":{
                "body":"hi","direction":"outbound","from":"12012673227","to":"12061232634",
                "is_mms":"false","status":"undelivered","timestamp":"2024-10-19T01:21:21.980000Z",
                "delivery_receipts":[{"level":2,"status":"undelivered","status_code":"1007",
                  "status_code_description":"Message failed","timestamp":"2024-10-19T01:21:25Z"}]}}],
             "links":{"self":"https://api.flowroute.com/v2.1/messages?limit=1&offset=1"}}
            """);

    CarrierRecords.Listing listing = records.between(Instant.parse("2026-11-26T09:05:00Z"), NOW, 1);

    assertThat(flowroute.calls)
        .containsExactly(
            "GET /v2.1/messages?start_date=2026-11-26T09:05:00.00Z"
                + "&end_date=2026-11-27T09:05:00.00Z&limit=1&offset=0",
            "GET /v2.1/messages?start_date=2026-11-26T09:05:00.00Z"
                + "&end_date=2026-11-27T09:05:00.00Z&limit=1&offset=1");
    assertThat(listing.pages()).isEqualTo(2);
    assertThat(listing.complete()).isTrue();
    CarrierRecord buffered = listing.records().get(0);
    assertThat(buffered.flowrouteId()).isEqualTo("mdr2-39cadeace66e11e7aff806cd7f24ba2d");
    assertThat(buffered.outbound()).isTrue();
    assertThat(buffered.from()).isEqualTo("12012673227");
    assertThat(buffered.statusCode()).isEqualTo(1003);
    assertThat(buffered.receiptLevel()).isEqualTo(2);
    assertThat(buffered.timestamp()).isEqualTo(Instant.parse("2017-12-21T16:44:34.930Z"));
    assertThat(buffered.outcome()).isEqualTo(MessageStatus.SENT);
    CarrierRecord failed = listing.records().get(1);
    assertThat(failed.statusCode()).isEqualTo(1007);
    assertThat(failed.description()).isEqualTo("Message failed");
    assertThat(failed.outcome()).isEqualTo(MessageStatus.FAILED);
  }

  @Test
  void a_record_without_an_id_or_a_time_is_left_out() {
    flowroute.answer(
        200,
        """
        {"data":[{"type":"message","attributes":{"direction":"outbound","timestamp":"2024-10-19T01:21:21Z"}},
                 {"type":"message","id":"mdr2-notime","attributes":{"direction":"outbound"}}]}
        """);

    assertThat(records.between(NOW.minusSeconds(60), NOW, 10).records()).isEmpty();
  }
}
