package dev.switchboard.domain.numbers.usecase;

import dev.switchboard.domain.e911.port.out.E911Inventory;
import dev.switchboard.domain.e911.port.out.E911Provider;
import dev.switchboard.domain.events.port.out.Outbox;
import dev.switchboard.domain.numbers.NumberEvents;
import dev.switchboard.domain.numbers.OwnedNumber;
import dev.switchboard.domain.numbers.port.out.NumberInventory;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.port.out.UnitOfWork;
import java.time.Clock;
import java.util.Optional;

/** Use case: give a number its emergency address, or take it away. */
public final class AssignE911 {

  private final E911Provider provider;
  private final E911Inventory addresses;
  private final NumberInventory numbers;
  private final NumberEvents events;
  private final NumberChanges changes;

  public AssignE911(
      E911Provider provider,
      E911Inventory addresses,
      NumberInventory numbers,
      Outbox outbox,
      NumberEvents events,
      UnitOfWork unitOfWork,
      Clock clock) {
    this.provider = provider;
    this.addresses = addresses;
    this.numbers = numbers;
    this.events = events;
    this.changes = new NumberChanges(numbers, outbox, unitOfWork, clock);
  }

  public OwnedNumber assign(E164Number number, String e911Id) {
    OwnedNumber current = numbers.require(number);
    addresses.require(e911Id);
    provider.assign(number, e911Id);
    return changes.record(current.withE911(Optional.of(e911Id)), events::e911Changed);
  }

  public OwnedNumber unassign(E164Number number) {
    OwnedNumber current = numbers.require(number);
    provider.unassign(number);
    return changes.record(current.withE911(Optional.empty()), events::e911Changed);
  }
}
