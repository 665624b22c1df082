package dev.switchboard.domain.messaging.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.events.DomainEvent;
import dev.switchboard.domain.messaging.Message;
import dev.switchboard.domain.messaging.MessageId;
import dev.switchboard.domain.messaging.MessageStatus;
import dev.switchboard.domain.messaging.event.MessageEvents;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.port.out.StoreContract;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link OutboxWithHistory} must do: append the events in their order and record the
 * steps in theirs, in the caller's transaction, whether or not the events tell of any step.
 */
public abstract class OutboxWithHistoryContract extends StoreContract {

  private static final Instant AT = Instant.parse("2026-03-01T10:00:00.123456Z");

  private final MessageEvents events = new MessageEvents(UUID::randomUUID);

  protected abstract OutboxWithHistory store();

  /** Where the recorded steps are read back. */
  protected abstract MessageHistory history();

  /** The ids of the events appended so far, in the order appended. */
  protected abstract List<UUID> appendedEventIds();

  @Test
  void appends_the_events_and_records_their_steps_each_in_order() {
    Message queued = aQueuedMessage();
    DomainEvent first = events.statusChanged(queued, null, null);
    DomainEvent second = events.statusChanged(queued, MessageStatus.SENDING, null);
    HistoryEntry queuedStep = HistoryEntry.of(events.statusChanged(queued, null, null));
    HistoryEntry againStep =
        HistoryEntry.of(events.statusChanged(queued, MessageStatus.SENDING, null));

    write(() -> store().append(List.of(first, second), List.of(queuedStep, againStep)));

    assertThat(appendedEventIds()).containsExactly(first.id(), second.id());
    assertThat(history().of(queued.id())).containsExactly(queuedStep, againStep);
  }

  @Test
  void events_that_tell_of_no_step_are_appended_alone() {
    Message queued = aQueuedMessage();
    DomainEvent event = events.statusChanged(queued, null, null);

    write(() -> store().append(List.of(event), List.of()));

    assertThat(appendedEventIds()).containsExactly(event.id());
    assertThat(history().of(queued.id())).isEmpty();
  }

  private static Message aQueuedMessage() {
    return Message.queued(
        new MessageId(UUID.randomUUID()),
        new E164Number("+12065550100"),
        new E164Number("+12065550199"),
        "hi",
        List.of(),
        null,
        "fp",
        AT);
  }
}
