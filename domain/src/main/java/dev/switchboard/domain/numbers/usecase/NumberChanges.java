package dev.switchboard.domain.numbers.usecase;

import dev.switchboard.domain.events.DomainEvent;
import dev.switchboard.domain.events.port.out.Outbox;
import dev.switchboard.domain.numbers.OwnedNumber;
import dev.switchboard.domain.numbers.port.out.NumberInventory;
import dev.switchboard.domain.shared.port.out.UnitOfWork;
import java.time.Clock;
import java.time.Instant;
import java.util.function.BiFunction;

/**
 * How every change of one of our numbers ends, once the provider accepted it: the inventory takes
 * the changed number and the outbox its event, in one transaction.
 */
final class NumberChanges {

  private final NumberInventory numbers;
  private final Outbox outbox;
  private final UnitOfWork unitOfWork;
  private final Clock clock;

  NumberChanges(NumberInventory numbers, Outbox outbox, UnitOfWork unitOfWork, Clock clock) {
    this.numbers = numbers;
    this.outbox = outbox;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
  }

  /** Saves {@code changed} and appends {@code event} of it; returns {@code changed}. */
  OwnedNumber record(OwnedNumber changed, BiFunction<OwnedNumber, Instant, DomainEvent> event) {
    unitOfWork.run(
        () -> {
          numbers.save(changed);
          outbox.append(event.apply(changed, clock.instant()));
        });
    return changed;
  }
}
