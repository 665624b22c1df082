package dev.switchboard.domain.numbers.usecase;

import dev.switchboard.domain.events.port.out.Outbox;
import dev.switchboard.domain.numbers.event.NumberEvents;
import dev.switchboard.domain.numbers.port.out.NumberInventory;
import dev.switchboard.domain.numbers.port.out.NumberProvider;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.port.out.UnitOfWork;
import java.time.Clock;

/** Use case: give a number back to the provider, then forget it and tell it. */
public final class ReleaseNumber {

  private final NumberProvider provider;
  private final NumberInventory inventory;
  private final Outbox outbox;
  private final NumberEvents events;
  private final UnitOfWork unitOfWork;
  private final Clock clock;

  public ReleaseNumber(
      NumberProvider provider,
      NumberInventory inventory,
      Outbox outbox,
      NumberEvents events,
      UnitOfWork unitOfWork,
      Clock clock) {
    this.provider = provider;
    this.inventory = inventory;
    this.outbox = outbox;
    this.events = events;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
  }

  public void release(E164Number number) {
    provider.release(number);
    unitOfWork.run(
        () -> {
          inventory.remove(number);
          outbox.append(events.released(number, clock.instant()));
        });
  }
}
