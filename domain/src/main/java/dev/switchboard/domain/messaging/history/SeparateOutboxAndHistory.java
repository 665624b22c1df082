package dev.switchboard.domain.messaging.history;

import dev.switchboard.domain.events.DomainEvent;
import dev.switchboard.domain.events.port.out.Outbox;
import java.util.List;

/** Events and their steps written through an outbox and a message history of their own. */
public final class SeparateOutboxAndHistory implements OutboxWithHistory {

  private final Outbox outbox;
  private final MessageHistory history;

  public SeparateOutboxAndHistory(Outbox outbox, MessageHistory history) {
    this.outbox = outbox;
    this.history = history;
  }

  @Override
  public void append(List<DomainEvent> events, List<HistoryEntry> steps) {
    if (!events.isEmpty()) {
      outbox.appendAll(events);
    }
    if (!steps.isEmpty()) {
      history.record(steps);
    }
  }
}
