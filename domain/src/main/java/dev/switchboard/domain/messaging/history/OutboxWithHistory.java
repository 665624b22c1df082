package dev.switchboard.domain.messaging.history;

import dev.switchboard.domain.events.DomainEvent;
import java.util.List;

/**
 * Port: events appended to the outbox together with the message steps they tell of, in the caller's
 * transaction. A store that can write both in one statement does: every shared commit of sends and
 * webhooks writes both.
 */
public interface OutboxWithHistory {

  /** Appends the events in their order and records the steps in theirs; either may be empty. */
  void append(List<DomainEvent> events, List<HistoryEntry> steps);
}
