package dev.switchboard.domain.messaging.history;

import dev.switchboard.domain.events.DomainEvent;
import dev.switchboard.domain.events.port.out.Outbox;
import dev.switchboard.domain.messaging.event.MessageStatusChanged;
import java.util.List;
import java.util.Optional;

/**
 * An outbox that also records each message step its events tell of in the {@link MessageHistory},
 * in the same transaction (every step after the message's creation, which its row records): every
 * status change already passes through the outbox, so no use case can change a status and forget
 * its history. Both are written by one {@link OutboxWithHistory}, in one statement where the store
 * allows.
 */
public final class HistoryKeepingOutbox implements Outbox {

  private final OutboxWithHistory store;

  public HistoryKeepingOutbox(OutboxWithHistory store) {
    this.store = store;
  }

  public HistoryKeepingOutbox(Outbox outbox, MessageHistory history) {
    this(new SeparateOutboxAndHistory(outbox, history));
  }

  @Override
  public void append(DomainEvent event) {
    appendAll(List.of(event));
  }

  @Override
  public void appendAll(List<DomainEvent> events) {
    if (events.isEmpty()) {
      return;
    }
    store.append(
        events, events.stream().map(HistoryKeepingOutbox::step).flatMap(Optional::stream).toList());
  }

  /**
   * A message's first step (queued, or received) is not written: the message's own row, written in
   * the same transaction, says it ({@link HistoryEntry#creation}), and a step per message was a
   * third of the rows a shared commit of sends or webhooks wrote.
   */
  private static Optional<HistoryEntry> step(DomainEvent event) {
    if (event instanceof MessageStatusChanged changed) {
      return Optional.of(HistoryEntry.of(changed)).filter(step -> !step.first());
    }
    return Optional.empty();
  }
}
