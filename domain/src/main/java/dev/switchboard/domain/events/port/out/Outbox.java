package dev.switchboard.domain.events.port.out;

import dev.switchboard.domain.events.DomainEvent;
import java.util.List;

/**
 * Port: events written in the same transaction as the change they tell of, to be published after
 * commit (the transactional outbox).
 */
public interface Outbox {
  void append(DomainEvent event);

  /** Appends events in their order; an adapter may write them all in one statement. */
  default void appendAll(List<DomainEvent> events) {
    events.forEach(this::append);
  }
}
