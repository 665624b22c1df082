package dev.switchboard.domain.messaging.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.switchboard.domain.events.DomainEvent;
import dev.switchboard.domain.events.port.out.Outbox;
import dev.switchboard.domain.messaging.InboundMessage;
import dev.switchboard.domain.messaging.Message;
import dev.switchboard.domain.messaging.MessageId;
import dev.switchboard.domain.messaging.MessageStatus;
import dev.switchboard.domain.messaging.event.MessageEvents;
import dev.switchboard.domain.messaging.history.HistoryEntry;
import dev.switchboard.domain.messaging.history.HistoryKeepingOutbox;
import dev.switchboard.domain.messaging.history.InMemoryMessageHistory;
import dev.switchboard.domain.messaging.port.out.InMemoryDeliveryReceipts;
import dev.switchboard.domain.messaging.port.out.InMemoryMessages;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.PhoneAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A message's timeline: its first step comes from the message itself, every later one from the
 * history written with each change.
 */
class GetMessageHistoryTest {

  private static final Instant MADE = Instant.parse("2026-03-01T10:00:00.123456Z");
  private static final Instant LATER = MADE.plusSeconds(3);
  private static final E164Number OURS = new E164Number("+12065550100");
  private static final E164Number PHONE = new E164Number("+12065550199");

  private final InMemoryMessages messages = new InMemoryMessages();
  private final InMemoryMessageHistory history = new InMemoryMessageHistory();
  private final List<DomainEvent> appended = new ArrayList<>();
  private final Outbox outbox =
      new HistoryKeepingOutbox(
          new Outbox() {
            @Override
            public void append(DomainEvent event) {
              appended.add(event);
            }
          },
          history);
  private final MessageEvents events = new MessageEvents(UUID::randomUUID);
  private final GetMessageHistory timelines =
      new GetMessageHistory(new GetMessage(messages), history, new InMemoryDeliveryReceipts());

  @Test
  void a_queued_message_starts_with_its_first_step_though_none_was_stored() {
    Message queued = queued();
    messages.add(queued);
    outbox.append(events.statusChanged(queued, null, null));

    assertThat(appended).hasSize(1);
    assertThat(history.of(queued.id())).isEmpty();
    assertThat(timelines.get(queued.id()).steps())
        .containsExactly(
            new HistoryEntry(
                queued.id(),
                MADE,
                MessageStatus.QUEUED,
                Optional.empty(),
                null,
                null,
                Optional.empty(),
                Optional.empty()));
  }

  @Test
  void each_later_step_follows_the_first_in_order() {
    Message queued = queued();
    messages.add(queued);
    outbox.append(events.statusChanged(queued, null, null));
    Message sent = queued.sent("mdr2-abc", LATER);
    messages.update(sent);
    outbox.append(events.statusChanged(sent, MessageStatus.QUEUED, null));

    assertThat(timelines.get(queued.id()).steps())
        .extracting(HistoryEntry::status, HistoryEntry::at, HistoryEntry::previous)
        .containsExactly(
            tuple(MessageStatus.QUEUED, MADE, Optional.empty()),
            tuple(MessageStatus.SENT, LATER, Optional.of(MessageStatus.QUEUED)));
  }

  @Test
  void an_inbound_message_was_received_at_flowroutes_time() {
    Message received =
        Message.received(
            id(),
            new InboundMessage(
                "mdr2-in", PhoneAddress.of(PHONE), OURS, "Hi", List.of(), false, MADE),
            LATER);
    messages.add(received);
    outbox.append(events.received(received));

    assertThat(history.of(received.id())).isEmpty();
    assertThat(timelines.get(received.id()).steps())
        .extracting(HistoryEntry::status, HistoryEntry::at)
        .containsExactly(tuple(MessageStatus.RECEIVED, MADE));
  }

  @Test
  void a_message_past_its_first_step_with_nothing_stored_was_recorded_before_history_was_kept() {
    Message sent = queued().sent("mdr2-old", LATER);
    messages.add(sent);

    assertThat(timelines.get(sent.id()).steps()).isEmpty();
  }

  @Test
  void a_first_step_stored_before_it_came_from_the_message_is_not_given_twice() {
    Message queued = queued();
    messages.add(queued);
    HistoryEntry storedFirst = HistoryEntry.creation(queued);
    history.record(List.of(storedFirst));

    assertThat(timelines.get(queued.id()).steps()).containsExactly(storedFirst);
  }

  private static Message queued() {
    return Message.queued(id(), OURS, PHONE, "hi", List.of(), null, "fp", MADE);
  }

  private static MessageId id() {
    return new MessageId(UUID.randomUUID());
  }
}
