package dev.switchboard.domain.messaging.history;

import dev.switchboard.domain.events.DomainEvent;
import dev.switchboard.domain.events.port.out.RecordingOutbox;
import dev.switchboard.domain.shared.port.out.StoreHarness;
import java.util.List;
import java.util.UUID;

/** An in-memory outbox and history written one after the other keep the port's contract. */
class SeparateOutboxAndHistoryContractTest extends OutboxWithHistoryContract {

  private final RecordingOutbox outbox = new RecordingOutbox();
  private final InMemoryMessageHistory history = new InMemoryMessageHistory();
  private final SeparateOutboxAndHistory store = new SeparateOutboxAndHistory(outbox, history);

  @Override
  protected OutboxWithHistory store() {
    return store;
  }

  @Override
  protected MessageHistory history() {
    return history;
  }

  @Override
  protected List<UUID> appendedEventIds() {
    return outbox.events().stream().map(DomainEvent::id).toList();
  }

  @Override
  protected StoreHarness harness() {
    return StoreHarness.IN_MEMORY;
  }
}
