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
import dev.switchboard.domain.shared.NotFoundException;
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
  private final Outbox outbox;
  private final NumberEvents events;
  private final UnitOfWork unitOfWork;
  private final Clock clock;

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
    this.outbox = outbox;
    this.events = events;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
  }

  public OwnedNumber assign(E164Number number, String cnamId) {
    OwnedNumber current = owned(number);
    CnamRecord name =
        names
            .find(cnamId)
            .orElseThrow(
                () -> new NotFoundException("caller-name-not-found", "no caller name " + cnamId));
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
    return record(current.withCnam(Optional.of(cnamId)));
  }

  public OwnedNumber unassign(E164Number number) {
    OwnedNumber current = owned(number);
    provider.unassign(number);
    return record(current.withCnam(Optional.empty()));
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
          outbox.append(events.cnamChanged(updated, clock.instant()));
        });
    return updated;
  }
}
