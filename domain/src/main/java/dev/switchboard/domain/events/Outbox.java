package dev.switchboard.domain.events;

/**
 * Port: events written in the same transaction as the change they tell of, to be published after
 * commit (the transactional outbox).
 */
public interface Outbox {
  void append(DomainEvent event);
}
