package dev.switchboard.domain.numbers.usecase;

import dev.switchboard.domain.e911.port.out.E911Inventory;
import dev.switchboard.domain.e911.port.out.E911Provider;
import dev.switchboard.domain.events.port.out.Outbox;
import dev.switchboard.domain.numbers.NumberEvents;
import dev.switchboard.domain.numbers.OwnedNumber;
import dev.switchboard.domain.numbers.port.out.NumberInventory;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.NotFoundException;
import dev.switchboard.domain.shared.port.out.UnitOfWork;
import java.time.Clock;
import java.util.Optional;

/** Use case: give a number its emergency address, or take it away. */
public final class AssignE911 {

  private final E911Provider provider;
  private final E911Inventory addresses;
  private final NumberInventory numbers;
  private final Outbox outbox;
  private final NumberEvents events;
  private final UnitOfWork unitOfWork;
  private final Clock clock;

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
    this.outbox = outbox;
    this.events = events;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
  }

  public OwnedNumber assign(E164Number number, String e911Id) {
    OwnedNumber current = owned(number);
    addresses
        .find(e911Id)
        .orElseThrow(() -> new NotFoundException("e911-not-found", "no E911 address " + e911Id));
    provider.assign(number, e911Id);
    return record(current.withE911(Optional.of(e911Id)));
  }

  public OwnedNumber unassign(E164Number number) {
    OwnedNumber current = owned(number);
    provider.unassign(number);
    return record(current.withE911(Optional.empty()));
  }

  private OwnedNumber owned(E164Number number) {
    return numbers
        .find(number)
        .orElseThrow(
            () -> new NotFoundException("number-not-found", number + " is not on the account"));
  }

  private OwnedNumber record(OwnedNumber updated) {
    unitOfWork.run(
        () -> {
          numbers.save(updated);
          outbox.append(events.e911Changed(updated, clock.instant()));
        });
    return updated;
  }
}
