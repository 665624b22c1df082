package dev.switchboard.domain.cnam.usecase;

import dev.switchboard.domain.cnam.CallerName;
import dev.switchboard.domain.cnam.CnamFilter;
import dev.switchboard.domain.cnam.CnamRecord;
import dev.switchboard.domain.cnam.CnamStatus;
import dev.switchboard.domain.cnam.port.out.CnamInventory;
import dev.switchboard.domain.cnam.port.out.CnamProvider;
import dev.switchboard.domain.cnam.port.out.CnamUsage;
import dev.switchboard.domain.shared.ConflictException;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.Page;
import dev.switchboard.domain.shared.port.out.UnitOfWork;
import java.util.List;

/**
 * Use case: register, change (while pending) and remove caller names at the provider, keeping the
 * inventory in step; values are unique per account and a name still shown by numbers stays.
 */
public final class ManageCallerNames {

  private final CnamProvider provider;
  private final CnamInventory names;
  private final CnamUsage numbers;
  private final UnitOfWork unitOfWork;

  public ManageCallerNames(
      CnamProvider provider, CnamInventory names, CnamUsage numbers, UnitOfWork unitOfWork) {
    this.provider = provider;
    this.names = names;
    this.numbers = numbers;
    this.unitOfWork = unitOfWork;
  }

  public CnamRecord create(CallerName name) {
    requireUnique(name, null);
    CnamRecord created = provider.create(name);
    unitOfWork.run(() -> names.save(created));
    return created;
  }

  public CnamRecord update(String id, CallerName name) {
    CnamRecord current = get(id);
    if (current.status() != CnamStatus.PENDING) {
      throw new ConflictException(
          "caller-name-not-pending",
          "caller name " + id + " is " + current.status() + "; only pending names can change");
    }
    requireUnique(name, id);
    CnamRecord updated = provider.update(id, name);
    unitOfWork.run(() -> names.save(updated));
    return updated;
  }

  public void delete(String id) {
    get(id);
    List<E164Number> users = numbers.usingCnam(id);
    if (!users.isEmpty()) {
      throw new ConflictException(
          "caller-name-in-use",
          "caller name " + id + " is still shown by " + users.size() + " number(s); unassign it");
    }
    provider.delete(id);
    unitOfWork.run(() -> names.remove(id));
  }

  public CnamRecord get(String id) {
    return names.require(id);
  }

  public Page<CnamRecord> list(CnamFilter filter) {
    return names.list(filter);
  }

  private void requireUnique(CallerName name, String exceptId) {
    boolean taken =
        names.all().stream()
            .anyMatch(
                r -> r.name().value().equalsIgnoreCase(name.value()) && !r.id().equals(exceptId));
    if (taken) {
      throw new ConflictException(
          "duplicate-caller-name", "the account already has the caller name '" + name + "'");
    }
  }
}
