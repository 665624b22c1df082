package dev.switchboard.domain.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.shared.E164Number;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class MessageTest {

  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final String MDR = "mdr2-39cadeace66e11e7aff806cd7f24ba2d";

  static Message queued() {
    return Message.queued(
        new MessageId(UUID.randomUUID()),
        E164Number.parse("+12065550100"),
        E164Number.parse("+12065550199"),
        "hello",
        List.of(),
        null,
        "f",
        T0);
  }

  static Message sending(Message queued) {
    return new Message(
        queued.id(),
        queued.direction(),
        queued.from(),
        queued.to(),
        queued.body(),
        queued.media(),
        MessageStatus.SENDING,
        null,
        null,
        "f",
        1,
        T0,
        null,
        null,
        T0,
        T0);
  }

  static DeliveryReceipt receipt(int level, String status, Integer code) {
    return new DeliveryReceipt(MDR, level, status, code, "d", T0.plusSeconds(level));
  }

  @Test
  void a_queued_or_claimed_message_can_be_canceled_and_a_sent_or_final_one_cannot() {
    Message queued = queued();
    Message canceled = queued.canceled(T0.plusSeconds(1));
    assertThat(canceled.status()).isEqualTo(MessageStatus.CANCELED);
    assertThat(canceled.status().isFinal()).isTrue();
    assertThat(canceled.failureCode()).isEqualTo(Message.CODE_CANCELED);
    assertThat(sending(queued).canceled(T0).status()).isEqualTo(MessageStatus.CANCELED);

    for (Message late : List.of(sending(queued).sent(MDR, T0), canceled)) {
      assertThatThrownBy(() -> late.canceled(T0))
          .isInstanceOfSatisfying(
              dev.switchboard.domain.shared.ConflictException.class,
              e -> assertThat(e.code()).isEqualTo("message-not-cancelable"));
    }
    assertThat(canceled.afterReceipt(receipt(2, "delivered", 1004), T0)).isEmpty();
  }

  @Test
  void an_expired_unsent_message_says_when_its_expiry_passed() {
    Message scheduled =
        Message.queued(
            new MessageId(UUID.randomUUID()),
            E164Number.parse("+12065550100"),
            E164Number.parse("+12065550199"),
            "hello",
            List.of(),
            null,
            "f",
            new Schedule(null, T0.plusSeconds(30)),
            T0);

    Message expired = scheduled.expiredUnsent(T0.plusSeconds(31));

    assertThat(expired.status()).isEqualTo(MessageStatus.EXPIRED);
    assertThat(expired.failureCode()).isEqualTo(Schedule.CODE_EXPIRED);
    assertThat(expired.failureReason()).contains(T0.plusSeconds(30).toString());
    assertThat(expired.schedule()).isEqualTo(scheduled.schedule());
  }

  @Test
  void a_schedule_caps_a_later_attempt_at_its_expiry_and_is_expired_from_that_instant() {
    Schedule schedule = new Schedule(T0, T0.plusSeconds(60));
    assertThat(schedule.dueBy(T0.plusSeconds(90))).isEqualTo(T0.plusSeconds(60));
    assertThat(schedule.dueBy(T0.plusSeconds(10))).isEqualTo(T0.plusSeconds(10));
    assertThat(schedule.expiredAt(T0.plusSeconds(59))).isFalse();
    assertThat(schedule.expiredAt(T0.plusSeconds(60))).isTrue();
    assertThat(Schedule.NONE.expiredAt(Instant.MAX)).isFalse();
    assertThat(Schedule.NONE.dueBy(T0)).isEqualTo(T0);
  }

  @Test
  void a_sent_message_is_delivered_by_a_1004_receipt() {
    Message sent = sending(queued()).sent(MDR, T0);
    Message delivered = sent.afterReceipt(receipt(2, "delivered", 1004), T0).orElseThrow();
    assertThat(delivered.status()).isEqualTo(MessageStatus.DELIVERED);
    assertThat(delivered.failureCode()).isNull();
  }

  @Test
  void rejects_a_receipt_that_would_move_a_delivered_message_back() {
    Message delivered =
        sending(queued())
            .sent(MDR, T0)
            .afterReceipt(receipt(2, "delivered", 1004), T0)
            .orElseThrow();
    assertThat(delivered.afterReceipt(receipt(1, "smsc submit", null), T0)).isEmpty();
    assertThat(delivered.afterReceipt(receipt(2, "failed", 1007), T0)).isEmpty();
  }

  @Test
  void a_repeated_progress_receipt_changes_nothing() {
    Message sent = sending(queued()).sent(MDR, T0);
    assertThat(sent.afterReceipt(receipt(1, "smsc submit", null), T0)).isEmpty();
    assertThat(sent.afterReceipt(receipt(2, "message buffered", 1003), T0)).isEmpty();
  }

  @Test
  void a_failure_receipt_keeps_flowroutes_code_and_reason() {
    Message failed =
        sending(queued())
            .sent(MDR, T0)
            .afterReceipt(
                new DeliveryReceipt(MDR, 2, "failed", 1110, "User Opted Out (STOP)", T0), T0)
            .orElseThrow();
    assertThat(failed.status()).isEqualTo(MessageStatus.FAILED);
    assertThat(failed.failureCode()).isEqualTo("1110");
    assertThat(failed.failureReason()).isEqualTo("User Opted Out (STOP)");
  }

  @Test
  void only_a_message_being_sent_goes_back_to_the_queue_for_a_retry() {
    Message sending = sending(queued());
    Message retry = sending.retryAt(T0.plusSeconds(5), "http-503", "down", T0);
    assertThat(retry.status()).isEqualTo(MessageStatus.QUEUED);
    assertThat(retry.nextAttemptAt()).isEqualTo(T0.plusSeconds(5));
    assertThatThrownBy(() -> sending.sent(MDR, T0).retryAt(T0, "x", "y", T0))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void a_final_message_cannot_be_failed_again() {
    Message failed = sending(queued()).failed("http-403", "no", T0);
    assertThatThrownBy(() -> failed.failed("x", "y", T0)).isInstanceOf(IllegalStateException.class);
  }

  @Property
  void receipts_in_any_order_never_move_a_message_backwards(
      @ForAll("receipts") List<DeliveryReceipt> receipts) {
    Message current = sending(queued()).sent(MDR, T0);
    for (DeliveryReceipt receipt : receipts) {
      MessageStatus before = current.status();
      Message after = current.afterReceipt(receipt, T0).orElse(current);
      if (before.isFinal()) {
        assertThat(after.status()).isEqualTo(before);
      } else {
        assertThat(after.status() == before || before.canAdvanceTo(after.status())).isTrue();
      }
      current = after;
    }
  }

  @Provide
  Arbitrary<List<DeliveryReceipt>> receipts() {
    Arbitrary<Integer> codes =
        Arbitraries.of(1001, 1002, 1003, 1004, 1005, 1006, 1007, 1110, 1201).injectNull(0.2);
    Arbitrary<String> statuses =
        Arbitraries.of("smsc submit", "message buffered", "delivered", "failed", "expired");
    Arbitrary<DeliveryReceipt> receipt =
        Combinators.combine(Arbitraries.integers().between(1, 2), statuses, codes)
            .as((level, status, code) -> receipt(level, status, code));
    return receipt.list().ofMaxSize(8);
  }
}
