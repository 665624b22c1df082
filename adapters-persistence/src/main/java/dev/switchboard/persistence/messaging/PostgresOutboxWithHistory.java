package dev.switchboard.persistence.messaging;

import dev.switchboard.domain.events.DomainEvent;
import dev.switchboard.domain.messaging.history.HistoryEntry;
import dev.switchboard.domain.messaging.history.OutboxWithHistory;
import dev.switchboard.persistence.outbox.PanacheOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Events and the message steps they tell of in one statement: the steps' insert is the events'
 * insert's {@code WITH} clause, so a shared commit of sends or webhooks pays one round trip for
 * both rather than two.
 */
@ApplicationScoped
public class PostgresOutboxWithHistory implements OutboxWithHistory {

  private final PanacheOutbox outbox;
  private final PostgresMessageHistory history;

  public PostgresOutboxWithHistory(PanacheOutbox outbox, PostgresMessageHistory history) {
    this.outbox = outbox;
    this.history = history;
  }

  @Override
  public void append(List<DomainEvent> events, List<HistoryEntry> steps) {
    if (steps.isEmpty()) {
      outbox.appendAll(events);
      return;
    }
    if (events.isEmpty()) {
      history.record(steps);
      return;
    }
    outbox.appendAll(
        events,
        new PanacheOutbox.Together(
            PostgresMessageHistory.INSERT_ALL,
            columns -> PostgresMessageHistory.bind(columns, steps)));
  }
}
