package dev.switchboard.domain.messaging.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.messaging.Message;
import dev.switchboard.domain.messaging.MessageId;
import dev.switchboard.domain.messaging.reconciliation.RecordMatch.Verdict;
import dev.switchboard.domain.shared.E164Number;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The matching rules: what a carrier record means for our record of messages. */
class RecordMatchTest {

  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
  private static final Instant SETTLE_BEFORE = NOW.minusSeconds(900);
  private static final Instant OLD = NOW.minusSeconds(3600);

  @Test
  void our_message_stuck_in_sent_past_the_grace_with_a_final_record_is_settled() {
    assertThat(judge(record("delivered", 1004, OLD), Optional.of(sentAt(OLD)), Optional.empty()))
        .isEqualTo(Verdict.SETTLE);
    assertThat(judge(record("failed", 1007, OLD), Optional.of(sentAt(OLD)), Optional.empty()))
        .isEqualTo(Verdict.SETTLE);
  }

  @Test
  void our_message_within_the_grace_or_with_a_record_still_on_its_way_waits() {
    Instant recent = NOW.minusSeconds(60);
    assertThat(
            judge(record("delivered", 1004, recent), Optional.of(sentAt(recent)), Optional.empty()))
        .isEqualTo(Verdict.IN_FLIGHT);
    assertThat(judge(record("smsc submit", null, OLD), Optional.of(sentAt(OLD)), Optional.empty()))
        .isEqualTo(Verdict.IN_FLIGHT);
  }

  @Test
  void our_message_already_final_is_left_alone_so_a_late_record_never_moves_it_back() {
    Message delivered = sentAt(OLD).failed("1007", "failed", OLD);
    assertThat(judge(record("delivered", 1004, OLD), Optional.of(delivered), Optional.empty()))
        .isEqualTo(Verdict.KNOWN);
  }

  @Test
  void an_unknown_outbound_record_past_the_grace_is_foreign() {
    assertThat(judge(record("delivered", 1004, OLD), Optional.empty(), Optional.empty()))
        .isEqualTo(Verdict.FOREIGN);
  }

  @Test
  void an_unknown_record_younger_than_the_grace_is_left_to_the_next_run() {
    assertThat(
            judge(
                record("delivered", 1004, NOW.minusSeconds(5)), Optional.empty(), Optional.empty()))
        .isEqualTo(Verdict.TOO_RECENT);
  }

  @Test
  void an_unknown_record_that_looks_like_one_of_our_unidentified_sends_is_never_foreign() {
    assertThat(judge(record("delivered", 1004, OLD), Optional.empty(), Optional.of(queued())))
        .isEqualTo(Verdict.LOOKS_LIKE_OURS);
  }

  @Test
  void inbound_records_are_not_ours_to_reconcile_and_unreadable_numbers_are_reported() {
    CarrierRecord inbound =
        new CarrierRecord(
            "mdr2-in",
            false,
            "13125550111",
            "12065550100",
            "hi",
            false,
            "delivered",
            null,
            null,
            0,
            OLD);
    assertThat(judge(inbound, Optional.empty(), Optional.empty())).isEqualTo(Verdict.INBOUND);
    CarrierRecord garbled =
        new CarrierRecord(
            "mdr2-x",
            true,
            "12065550100",
            "not-a-number",
            "hi",
            false,
            "delivered",
            1004,
            null,
            2,
            OLD);
    assertThat(judge(garbled, Optional.empty(), Optional.empty())).isEqualTo(Verdict.UNREADABLE);
  }

  @Test
  void a_record_reads_as_the_receipt_its_latest_status_is() {
    CarrierRecord failed = record("failed", 1007, OLD);
    assertThat(failed.asReceipt().statusCode()).isEqualTo(1007);
    assertThat(failed.asReceipt().flowrouteId()).isEqualTo("mdr2-1");
    assertThat(record("undelivered", null, OLD).outcome().isFinal()).isTrue();
  }

  private static Verdict judge(
      CarrierRecord record, Optional<Message> ours, Optional<Message> lookalike) {
    return RecordMatch.judge(record, ours, lookalike, SETTLE_BEFORE);
  }

  static CarrierRecord record(String status, Integer code, Instant at) {
    return new CarrierRecord(
        "mdr2-1", true, "12065550100", "13125550111", "Hello", false, status, code, status, 2, at);
  }

  private static Message sentAt(Instant at) {
    return queued().sent("mdr2-1", at);
  }

  private static Message queued() {
    return Message.queued(
        new MessageId(UUID.randomUUID()),
        new E164Number("+12065550100"),
        new E164Number("+13125550111"),
        "Hello",
        List.of(),
        null,
        null,
        OLD.minusSeconds(10));
  }
}
