package dev.switchboard.domain.numbers.event;

import dev.switchboard.domain.events.DomainEvent;
import dev.switchboard.domain.events.EventStream;
import dev.switchboard.domain.shared.E164Number;

/** An event of the numbers stream about one number, keyed by it so its changes stay in order. */
public interface NumberEvent extends DomainEvent {

  /** The number the event is about. */
  E164Number number();

  @Override
  default EventStream stream() {
    return EventStream.NUMBERS;
  }

  @Override
  default String key() {
    return number().value();
  }

  @Override
  default String subject() {
    return key();
  }
}
