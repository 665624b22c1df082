package dev.switchboard.domain.messaging.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.messaging.Claim;
import dev.switchboard.domain.messaging.Direction;
import dev.switchboard.domain.messaging.InboundMessage;
import dev.switchboard.domain.messaging.Media;
import dev.switchboard.domain.messaging.Message;
import dev.switchboard.domain.messaging.MessageId;
import dev.switchboard.domain.messaging.MessageKind;
import dev.switchboard.domain.messaging.MessageQuery;
import dev.switchboard.domain.messaging.MessageStatus;
import dev.switchboard.domain.messaging.Schedule;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.Page;
import dev.switchboard.domain.shared.PhoneAddress;
import dev.switchboard.domain.shared.port.out.StoreContract;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Messages} store must do for the dispatcher: claim, fence, re-claim a lapsed
 * lease, dedupe on Flowroute's id, claim the kinds apart, take a claim back; and list newest first
 * with the filters of a {@code MessageQuery}. Run against the in-memory fake and against
 * PostgreSQL, so the use-case tests stand on the real store's contract.
 */
public abstract class MessagesContract extends StoreContract {

  protected static final Instant T0 = Instant.parse("2026-11-27T09:00:00Z");
  protected static final Duration LEASE = Duration.ofSeconds(60);
  private static final E164Number OURS = E164Number.parse("+12065550100");
  private static final E164Number PHONE = E164Number.parse("+12065550199");
  private static final E164Number OTHER = E164Number.parse("+15035550123");

  /** The store under test. */
  protected abstract Messages messages();

  @Test
  void a_claim_takes_due_messages_with_a_token_a_lease_and_one_attempt_more() {
    Message due = add(queued("due", T0, false));
    add(queued("later", T0.plusSeconds(30), false));

    List<Claim> claims = claim(T0.plusSeconds(1), MessageKind.SMS, 10);

    assertThat(claims).extracting(c -> c.message().id()).containsExactly(due.id());
    Claim claim = claims.get(0);
    assertThat(claim.token()).isNotBlank();
    assertThat(claim.resumed()).isFalse();
    assertThat(claim.uncertain()).isFalse();
    assertThat(claim.message().status()).isEqualTo(MessageStatus.SENDING);
    assertThat(claim.message().attempts()).isEqualTo(1);
    assertThat(claim.message().nextAttemptAt()).isEqualTo(T0.plusSeconds(1).plus(LEASE));
    assertThat(messages().byId(due.id()).orElseThrow()).isEqualTo(claim.message());
    assertThat(claim(T0.plusSeconds(1), MessageKind.SMS, 10)).isEmpty();
  }

  @Test
  void sms_and_mms_are_claimed_apart() {
    Message sms = add(queued("sms", T0, false));
    Message mms = add(queued("mms", T0, true));

    assertThat(claim(T0, MessageKind.MMS, 10))
        .extracting(c -> c.message().id())
        .containsExactly(mms.id());
    assertThat(claim(T0, MessageKind.SMS, 10))
        .extracting(c -> c.message().id())
        .containsExactly(sms.id());
  }

  @Test
  void a_claim_takes_no_more_than_its_limit_oldest_due_first() {
    Message first = add(queued("a", T0, false));
    Message second = add(queued("b", T0.plusMillis(1), false));
    add(queued("c", T0.plusMillis(2), false));

    assertThat(claim(T0.plusSeconds(1), MessageKind.SMS, 2))
        .extracting(c -> c.message().id())
        .containsExactly(first.id(), second.id());
  }

  @Test
  void a_write_back_holds_only_under_the_claims_own_token() {
    add(queued("fenced", T0, false));
    Claim first = claim(T0, MessageKind.SMS, 1).get(0);
    Instant lapsed = T0.plus(LEASE);

    Claim second = claim(lapsed, MessageKind.SMS, 1).get(0);

    assertThat(second.resumed()).isTrue();
    assertThat(second.token()).isNotEqualTo(first.token());
    assertThat(second.message().attempts()).isEqualTo(2);
    assertThat(inTransaction(() -> messages().startAttempt(first, lapsed, lapsed.plus(LEASE))))
        .isFalse();
    Message stale = first.message().failed("stale", "stale", lapsed);
    assertThat(inTransaction(() -> messages().release(first, stale, null))).isFalse();
    assertThat(messages().byId(first.message().id()).orElseThrow()).isEqualTo(second.message());

    Message sent = second.message().sent("mdr2-fenced", lapsed);
    assertThat(inTransaction(() -> messages().release(second, sent, null))).isTrue();
    assertThat(messages().byId(sent.id()).orElseThrow()).isEqualTo(sent);
    assertThat(inTransaction(() -> messages().release(second, sent, null)))
        .as("a released claim holds no more")
        .isFalse();
  }

  @Test
  void an_attempt_extends_the_lease_and_a_lapsed_claim_is_taken_again_as_uncertain() {
    add(queued("attempt", T0, false));
    Claim claim = claim(T0, MessageKind.SMS, 1).get(0);
    Instant sendAt = T0.plusSeconds(50);

    assertThat(inTransaction(() -> messages().startAttempt(claim, sendAt, sendAt.plus(LEASE))))
        .isTrue();

    assertThat(claim(T0.plus(LEASE), MessageKind.SMS, 1)).as("the lease was extended").isEmpty();
    Claim resumed = claim(sendAt.plus(LEASE), MessageKind.SMS, 1).get(0);
    assertThat(resumed.resumed()).isTrue();
    assertThat(resumed.attemptedAt()).isEqualTo(sendAt);
    assertThat(resumed.uncertain()).isTrue();
  }

  @Test
  void an_uncertain_attempt_is_kept_through_a_release_and_cleared_by_a_definite_one() {
    add(queued("uncertain", T0, false));
    Claim claim = claim(T0, MessageKind.SMS, 1).get(0);
    inTransaction(() -> messages().startAttempt(claim, T0, T0.plus(LEASE)));
    Message retry = claim.message().retryAt(T0.plusSeconds(20), "timeout", "no answer", T0);

    assertThat(inTransaction(() -> messages().release(claim, retry, T0))).isTrue();

    Claim again = claim(T0.plusSeconds(20), MessageKind.SMS, 1).get(0);
    assertThat(again.resumed()).isFalse();
    assertThat(again.attemptedAt()).isEqualTo(T0);
    Message back = again.message().handedBack(T0.plusSeconds(40), T0.plusSeconds(20));
    assertThat(inTransaction(() -> messages().release(again, back, null))).isTrue();
    assertThat(claim(T0.plusSeconds(40), MessageKind.SMS, 1).get(0).attemptedAt()).isNull();
  }

  @Test
  void a_claim_handed_back_is_queued_again_without_its_attempt_and_can_be_claimed() {
    Message message = add(queued("back", T0, false));
    Claim claim = claim(T0, MessageKind.SMS, 1).get(0);

    Message back = claim.message().handedBack(T0.plusSeconds(1), T0.plusSeconds(1));
    assertThat(inTransaction(() -> messages().release(claim, back, null))).isTrue();

    Message stored = messages().byId(message.id()).orElseThrow();
    assertThat(stored.status()).isEqualTo(MessageStatus.QUEUED);
    assertThat(stored.attempts()).isZero();
    Claim again = claim(T0.plusSeconds(1), MessageKind.SMS, 1).get(0);
    assertThat(again.resumed()).isFalse();
    assertThat(again.message().attempts()).isEqualTo(1);
  }

  @Test
  void a_flowroute_id_is_recorded_once() {
    Message inbound = received("mdr2-dupe");
    assertThat(inTransaction(() -> messages().add(inbound))).isTrue();
    assertThat(inTransaction(() -> messages().add(received("mdr2-dupe")))).isFalse();

    assertThat(messages().byFlowrouteId("mdr2-dupe").orElseThrow().id()).isEqualTo(inbound.id());
  }

  @Test
  void messages_are_found_by_their_idempotency_keys_all_at_once() {
    Message first = keyed("key-1");
    Message second = keyed("key-2");
    add(first);
    add(second);
    add(queued("no key", T0, false));

    Map<String, Message> found =
        inTransaction(() -> messages().byIdempotencyKeys(List.of("key-1", "key-2", "key-3")));

    assertThat(found).containsOnlyKeys("key-1", "key-2");
    assertThat(found.get("key-1").id()).isEqualTo(first.id());
    assertThat(found.get("key-2").id()).isEqualTo(second.id());
    assertThat(found.get("key-2").fingerprint()).isEqualTo(second.fingerprint());
    assertThat(inTransaction(() -> messages().byIdempotencyKeys(List.of()))).isEmpty();
  }

  @Test
  void an_unsent_message_can_be_settled_by_a_receipt_that_ends_its_claim() {
    Message message = add(queued("settle", T0, false));
    Claim claim = claim(T0, MessageKind.SMS, 1).get(0);

    Message sent =
        inTransaction(
            () -> {
              Message unsent = messages().lockUnsent(message.id()).orElseThrow();
              Message done = unsent.sent("mdr2-settled", T0.plusSeconds(1));
              messages().update(done);
              return done;
            });

    assertThat(messages().byFlowrouteId("mdr2-settled").orElseThrow()).isEqualTo(sent);
    assertThat(inTransaction(() -> messages().startAttempt(claim, T0, T0.plus(LEASE)))).isFalse();
    assertThat(inTransaction(() -> messages().lockUnsent(message.id()))).isEmpty();
  }

  @Test
  void a_schedule_is_kept_and_a_scheduled_message_is_not_claimed_before_its_send_at() {
    Instant sendAt = T0.plusSeconds(120);
    Message scheduled =
        add(
            Message.queued(
                new MessageId(UUID.randomUUID()),
                OURS,
                PHONE,
                "later",
                List.of(),
                null,
                "fp-later",
                new Schedule(sendAt, sendAt.plusSeconds(60)),
                T0));

    assertThat(messages().byId(scheduled.id()).orElseThrow().schedule())
        .isEqualTo(new Schedule(sendAt, sendAt.plusSeconds(60)));
    assertThat(claim(sendAt.minusMillis(1), MessageKind.SMS, 10)).isEmpty();
    assertThat(claim(sendAt, MessageKind.SMS, 10)).hasSize(1);
  }

  @Test
  void a_message_locked_for_cancel_ends_its_claim_and_one_whose_send_began_is_not_locked() {
    Message claimed = add(queued("claimed", T0, false));
    Claim claim = claim(T0, MessageKind.SMS, 1).get(0);

    inTransaction(
        () -> {
          Message locked = messages().lockCancelable(claimed.id()).orElseThrow();
          messages().update(locked.canceled(T0.plusSeconds(1)));
          return null;
        });

    assertThat(inTransaction(() -> messages().startAttempt(claim, T0, T0.plus(LEASE)))).isFalse();
    assertThat(messages().byId(claimed.id()).orElseThrow().status())
        .isEqualTo(MessageStatus.CANCELED);
    assertThat(inTransaction(() -> messages().lockCancelable(claimed.id()))).isEmpty();

    Message begun = add(queued("begun", T0, false));
    Claim sending = claim(T0, MessageKind.SMS, 1).get(0);
    assertThat(inTransaction(() -> messages().startAttempt(sending, T0, T0.plus(LEASE)))).isTrue();
    assertThat(inTransaction(() -> messages().lockCancelable(begun.id()))).isEmpty();
  }

  @Test
  void a_foreign_message_is_stored_as_foreign_and_the_foreign_filter_tells_it_apart() {
    Message ours = add(queued("ours", T0, false));
    Message foreign =
        add(
            Message.foreign(
                new MessageId(UUID.randomUUID()),
                PhoneAddress.of(OURS),
                PHONE,
                "from the portal",
                "mdr2-foreign",
                MessageStatus.FAILED,
                "1007",
                "failed",
                T0,
                T0.plusSeconds(5)));

    assertThat(messages().byFlowrouteId("mdr2-foreign")).contains(foreign);
    assertThat(list(MessageQuery.newest(10).foreign(true).build()).items())
        .containsExactly(foreign);
    assertThat(list(MessageQuery.newest(10).foreign(false).build()).items()).containsExactly(ours);
    assertThat(list(MessageQuery.newest(10).build()).items()).hasSize(2);
    assertThat(inTransaction(() -> messages().add(foreign))).isFalse();
  }

  @Test
  void an_unidentified_send_is_found_by_sender_recipient_and_text_since_a_time() {
    Message unsent = add(queued("maybe sent", T0, false));
    add(queued("other text", T0, false));
    add(queued("sent", T0, false).sent("mdr2-known", T0.plusSeconds(1)));

    assertThat(
            messages()
                .unidentifiedLike(PhoneAddress.of(OURS), PHONE, "maybe sent", T0.minusSeconds(1)))
        .map(Message::id)
        .contains(unsent.id());
    assertThat(
            messages()
                .unidentifiedLike(PhoneAddress.of(OURS), PHONE, "maybe sent", T0.plusSeconds(1)))
        .isEmpty();
    assertThat(messages().unidentifiedLike(PhoneAddress.of(OURS), OTHER, "maybe sent", T0))
        .isEmpty();
    assertThat(messages().unidentifiedLike(PhoneAddress.of(OURS), PHONE, "sent", T0)).isEmpty();
  }

  @Test
  void messages_still_sent_are_found_in_a_window_of_their_last_change_oldest_first() {
    Message older = add(queued("a", T0, false).sent("mdr2-a", T0.plusSeconds(10)));
    Message newer = add(queued("b", T0, false).sent("mdr2-b", T0.plusSeconds(20)));
    add(queued("c", T0, false).sent("mdr2-c", T0.plusSeconds(40)));
    add(queued("d", T0, false));

    assertThat(messages().sentBetween(T0, T0.plusSeconds(30), 10))
        .extracting(Message::id)
        .containsExactly(older.id(), newer.id());
    assertThat(messages().sentBetween(T0, T0.plusSeconds(30), 1))
        .extracting(Message::id)
        .containsExactly(older.id());
  }

  @Test
  void a_listing_is_newest_first_by_id_and_pages_on_the_id_cursor() {
    // The last id has its top bit set: ids compare as unsigned, as PostgreSQL compares uuids.
    Message oldest = add(queuedAs(id(1), OURS, PHONE, T0));
    Message middle = add(queuedAs(id(2), OURS, PHONE, T0));
    Message newest = add(queuedAs(new UUID(0x8000000000000000L, 1), OURS, PHONE, T0));

    Page<Message> first = list(MessageQuery.newest(2).build());
    Page<Message> second =
        list(MessageQuery.newest(2).after(first.lastIfMore().map(Message::id)).build());

    assertThat(first.items()).containsExactly(newest, middle);
    assertThat(first.hasMore()).isTrue();
    assertThat(second.items()).containsExactly(oldest);
    assertThat(second.hasMore()).isFalse();
  }

  @Test
  void a_number_is_matched_at_either_end_and_a_conversation_both_ways_round() {
    Message sent = add(queuedAs(id(1), OURS, PHONE, T0));
    Message received = add(receivedAs(id(2), "mdr2-in", PHONE, OURS, T0));
    Message elsewhere = add(queuedAs(id(3), OURS, OTHER, T0));
    Message toSelf = add(queuedAs(id(4), OTHER, OTHER, T0));

    assertThat(list(MessageQuery.newest(10).involving(PHONE).build()).items())
        .containsExactly(received, sent);
    assertThat(list(MessageQuery.newest(10).involving(OURS).with(PHONE).build()).items())
        .containsExactly(received, sent);
    assertThat(list(MessageQuery.newest(10).involving(OTHER).build()).items())
        .as("a message to oneself counts once")
        .containsExactly(toSelf, elsewhere);
  }

  @Test
  void direction_status_and_a_half_open_time_window_narrow_a_listing() {
    Message before = add(queuedAs(id(1), OURS, PHONE, T0.minusSeconds(1)));
    Message atSince = add(queuedAs(id(2), OURS, PHONE, T0));
    Message inbound = add(receivedAs(id(3), "mdr2-window", PHONE, OURS, T0.plusSeconds(1)));
    add(queuedAs(id(4), OURS, PHONE, T0.plusSeconds(2)));

    Page<Message> window = list(MessageQuery.newest(10).since(T0).until(T0.plusSeconds(2)).build());
    Page<Message> received = list(MessageQuery.newest(10).direction(Direction.INBOUND).build());
    Page<Message> queuedBefore =
        list(
            MessageQuery.newest(10)
                .involving(OURS)
                .status(MessageStatus.QUEUED)
                .until(T0.plusSeconds(1))
                .build());

    assertThat(window.items()).containsExactly(inbound, atSince);
    assertThat(received.items()).containsExactly(inbound);
    assertThat(queuedBefore.items()).containsExactly(atSince, before);
  }

  private Page<Message> list(MessageQuery query) {
    return inTransaction(() -> messages().list(query));
  }

  private static UUID id(long n) {
    return new UUID(0x0190000000007000L, 0x8000000000000000L | n);
  }

  private static Message queuedAs(UUID id, E164Number from, E164Number to, Instant at) {
    return Message.queued(
        new MessageId(id),
        from,
        to,
        "hi",
        List.of(),
        null,
        "fp-" + id,
        at.truncatedTo(ChronoUnit.MICROS));
  }

  private static Message receivedAs(
      UUID id, String flowrouteId, E164Number from, E164Number to, Instant at) {
    Instant micros = at.truncatedTo(ChronoUnit.MICROS);
    return Message.received(
        new MessageId(id),
        new InboundMessage(flowrouteId, PhoneAddress.of(from), to, "hi", List.of(), false, micros),
        micros);
  }

  private List<Claim> claim(Instant now, MessageKind kind, int limit) {
    return inTransaction(() -> messages().claimDue(now, kind, limit, LEASE));
  }

  private static Message keyed(String key) {
    return Message.queued(
        new MessageId(UUID.randomUUID()),
        OURS,
        PHONE,
        "keyed " + key,
        List.of(),
        key,
        "fp-" + key,
        T0.truncatedTo(ChronoUnit.MICROS));
  }

  private Message add(Message message) {
    assertThat(inTransaction(() -> messages().add(message))).isTrue();
    return message;
  }

  private static Message queued(String body, Instant at, boolean mms) {
    return Message.queued(
        new MessageId(UUID.randomUUID()),
        OURS,
        PHONE,
        body,
        mms ? List.of(Media.of(URI.create("https://media.example/a.png"))) : List.of(),
        null,
        "fp-" + body,
        at.truncatedTo(ChronoUnit.MICROS));
  }

  private static Message received(String flowrouteId) {
    return Message.received(
        new MessageId(UUID.randomUUID()),
        new InboundMessage(flowrouteId, PhoneAddress.of(PHONE), OURS, "hi", List.of(), false, T0),
        T0);
  }
}
