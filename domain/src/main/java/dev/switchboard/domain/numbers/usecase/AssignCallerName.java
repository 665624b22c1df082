package dev.switchboard.domain.numbers.usecase;

import dev.switchboard.domain.cnam.CnamRecord;
import dev.switchboard.domain.cnam.CnamStatus;
import dev.switchboard.domain.cnam.port.out.CnamInventory;
import dev.switchboard.domain.cnam.port.out.CnamProvider;
import dev.switchboard.domain.events.port.out.Outbox;
import dev.switchboard.domain.numbers.NumberEvents;
import dev.switchboard.domain.numbers.NumberType;
import dev.switchboard.domain.numbers.OwnedNumber;
import dev.switchboard.domain.numbers.port.out.NumberInventory;
import dev.switchboard.domain.shared.ConflictException;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.ValidationException;
import dev.switchboard.domain.shared.port.out.UnitOfWork;
import java.time.Clock;
import java.util.Optional;

/**
 * Use case: show an approved caller name on a local number's outbound calls, or stop showing it.
 * Flowroute takes 5 to 7 business days to propagate it to carriers.
 */
public final class AssignCallerName {

  private final CnamProvider provider;
  private final CnamInventory names;
  private final NumberInventory numbers;
  private final NumberEvents events;
  private final NumberChanges changes;

  public AssignCallerName(
      CnamProvider provider,
      CnamInventory names,
      NumberInventory numbers,
      Outbox outbox,
      NumberEvents events,
      UnitOfWork unitOfWork,
      Clock clock) {
    this.provider = provider;
    this.names = names;
    this.numbers = numbers;
    this.events = events;
    this.changes = new NumberChanges(numbers, outbox, unitOfWork, clock);
  }

  public OwnedNumber assign(E164Number number, String cnamId) {
    OwnedNumber current = numbers.require(number);
    CnamRecord name = names.require(cnamId);
    if (name.status() != CnamStatus.APPROVED) {
      throw new ConflictException(
          "caller-name-not-approved",
          "caller name "
              + cnamId
              + " is "
              + name.status()
              + "; only names Flowroute approved can be assigned");
    }
    if (current.type() != NumberType.LOCAL) {
      throw new ValidationException(
          "caller-name-needs-local-number", "caller names apply to US local numbers only");
    }
    provider.assign(number, cnamId);
    return changes.record(current.withCnam(Optional.of(cnamId)), events::cnamChanged);
  }

  public OwnedNumber unassign(E164Number number) {
    OwnedNumber current = numbers.require(number);
    provider.unassign(number);
    return changes.record(current.withCnam(Optional.empty()), events::cnamChanged);
  }
}
