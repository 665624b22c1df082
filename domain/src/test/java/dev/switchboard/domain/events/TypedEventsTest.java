package dev.switchboard.domain.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.cnam.CallerName;
import dev.switchboard.domain.cnam.CnamRecord;
import dev.switchboard.domain.cnam.CnamStatus;
import dev.switchboard.domain.cnam.event.CnamApproved;
import dev.switchboard.domain.cnam.event.CnamEvents;
import dev.switchboard.domain.cnam.event.CnamRejected;
import dev.switchboard.domain.messaging.InboundMessage;
import dev.switchboard.domain.messaging.Message;
import dev.switchboard.domain.messaging.MessageId;
import dev.switchboard.domain.messaging.MessageStatus;
import dev.switchboard.domain.messaging.event.MessageContent;
import dev.switchboard.domain.messaging.event.MessageEvents;
import dev.switchboard.domain.messaging.event.MessageReceived;
import dev.switchboard.domain.messaging.event.MessageStatusChanged;
import dev.switchboard.domain.numbers.MessagingSource;
import dev.switchboard.domain.numbers.NumberType;
import dev.switchboard.domain.numbers.OwnedNumber;
import dev.switchboard.domain.numbers.OwnedNumbers;
import dev.switchboard.domain.numbers.event.NumberDriftRepaired;
import dev.switchboard.domain.numbers.event.NumberDriftRepaired.Change;
import dev.switchboard.domain.numbers.event.NumberEvents;
import dev.switchboard.domain.numbers.event.NumberPurchased;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.PhoneAddress;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The event records: their keys, streams and the facts they refuse to tell. */
class TypedEventsTest {

  private static final Instant NOW = Instant.parse("2026-11-27T10:15:30Z");
  private static final E164Number OURS = E164Number.parse("+12065550100");
  private static final E164Number PHONE = E164Number.parse("+13125550199");
  private static final UUID EVENT = UUID.fromString("0193a1f2-7c4e-7b3a-9d2e-5f6a7b8c9d0e");

  private final MessageEvents messages = new MessageEvents(() -> EVENT);
  private final NumberEvents numbers = new NumberEvents(() -> EVENT);
  private final CnamEvents names = new CnamEvents(() -> EVENT);

  @Test
  void a_received_message_is_keyed_by_our_number_and_about_the_message() {
    MessageId id = new MessageId(UUID.randomUUID());
    Message stored =
        Message.received(
            id,
            new InboundMessage("mdr2-1", PhoneAddress.of(PHONE), OURS, "hi", null, false, NOW),
            NOW.plusSeconds(1));

    MessageReceived event = messages.received(stored);

    assertThat(event.id()).isEqualTo(EVENT);
    assertThat(event.stream()).isEqualTo(EventStream.MESSAGES_INBOUND);
    assertThat(event.key()).isEqualTo(OURS.value());
    assertThat(event.subject()).isEqualTo(id.toString());
    assertThat(event.time()).isEqualTo(NOW.plusSeconds(1));
    assertThat(event.receivedAt()).isEqualTo(NOW);
    assertThat(event.message().mms()).isFalse();
  }

  @Test
  void a_status_change_is_keyed_by_the_message_and_tells_the_status_before() {
    MessageId id = new MessageId(UUID.randomUUID());
    Message queued = Message.queued(id, OURS, PHONE, "hi", List.of(), null, "fp", NOW);
    Message sent = queued.sent("mdr2-1", NOW.plusSeconds(1));

    MessageStatusChanged first = messages.statusChanged(queued, null, null);
    MessageStatusChanged next = messages.statusChanged(sent, MessageStatus.QUEUED, null);

    assertThat(first.stream()).isEqualTo(EventStream.MESSAGES_STATUS);
    assertThat(first.key()).isEqualTo(id.toString()).isEqualTo(first.subject());
    assertThat(first.previousStatus()).isEmpty();
    assertThat(next.previousStatus()).contains(MessageStatus.QUEUED);
    assertThat(next.status()).isEqualTo(MessageStatus.SENT);
    assertThat(next.message().flowrouteId()).isEqualTo("mdr2-1");
    assertThat(next.receipt()).isEmpty();
  }

  @Test
  void an_inbound_message_has_no_status_change() {
    assertThatThrownBy(
            () ->
                new MessageStatusChanged(
                    EVENT,
                    NOW,
                    new MessageContent(
                        new MessageId(UUID.randomUUID()),
                        PhoneAddress.of(PHONE),
                        OURS,
                        "hi",
                        List.of(),
                        "mdr2-1"),
                    MessageStatus.RECEIVED,
                    Optional.empty(),
                    null,
                    null,
                    Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void number_events_are_keyed_by_the_number() {
    NumberPurchased purchased = numbers.purchased(number(), NOW);

    assertThat(purchased.stream()).isEqualTo(EventStream.NUMBERS);
    assertThat(purchased.number()).isEqualTo(OURS);
    assertThat(purchased.key()).isEqualTo(OURS.value()).isEqualTo(purchased.subject());
    assertThat(numbers.released(OURS, NOW).key()).isEqualTo(OURS.value());
  }

  @Test
  void a_drift_repair_says_what_it_did_and_needs_a_record_before_or_after() {
    assertThat(numbers.driftRepaired(OURS, null, number(), NOW).change()).isEqualTo(Change.ADDED);
    assertThat(numbers.driftRepaired(OURS, number(), null, NOW).change()).isEqualTo(Change.REMOVED);
    assertThat(numbers.driftRepaired(OURS, number(), number(), NOW).change())
        .isEqualTo(Change.CHANGED);
    assertThatThrownBy(
            () -> new NumberDriftRepaired(EVENT, NOW, OURS, Optional.empty(), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_review_is_keyed_by_the_caller_name_and_matches_its_outcome() {
    CnamRecord approved = name(CnamStatus.APPROVED);
    CnamRecord rejected = name(CnamStatus.REJECTED);

    assertThat(names.reviewed(approved, NOW)).isInstanceOf(CnamApproved.class);
    assertThat(names.reviewed(rejected, NOW)).isInstanceOf(CnamRejected.class);
    assertThat(names.reviewed(approved, NOW).key()).isEqualTo("cnam:17604");
    assertThat(names.reviewed(approved, NOW).stream()).isEqualTo(EventStream.NUMBERS);
    assertThatThrownBy(() -> new CnamApproved(EVENT, NOW, rejected))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CnamRejected(EVENT, NOW, name(CnamStatus.PENDING)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void every_event_needs_an_id_and_a_time() {
    assertThatThrownBy(() -> new NumberPurchased(null, NOW, number()))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new NumberPurchased(EVENT, null, number()))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new NumberPurchased(EVENT, NOW, null))
        .isInstanceOf(NullPointerException.class);
  }

  private static OwnedNumber number() {
    return OwnedNumbers.bare(OURS, NumberType.LOCAL, true, MessagingSource.REPORTED);
  }

  private static CnamRecord name(CnamStatus status) {
    return new CnamRecord(
        "17604",
        new CallerName("Acme Dental"),
        status,
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }
}
