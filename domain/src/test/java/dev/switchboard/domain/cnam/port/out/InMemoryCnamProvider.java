package dev.switchboard.domain.cnam.port.out;

import dev.switchboard.domain.cnam.CallerName;
import dev.switchboard.domain.cnam.CnamRecord;
import dev.switchboard.domain.cnam.CnamStatus;
import dev.switchboard.domain.numbers.NumberType;
import dev.switchboard.domain.shared.ConflictException;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.NotFoundException;
import dev.switchboard.domain.shared.ProblemType;
import dev.switchboard.domain.shared.ValidationException;
import dev.switchboard.domain.shared.port.out.FakeCarrierAccount;
import dev.switchboard.domain.shared.port.out.NumericIds;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The in-memory carrier registry of caller names, for use-case tests; keeps {@link
 * CnamProviderContract}. The test plays the carrier's review with {@link #approve} and {@link
 * #reject}.
 */
public final class InMemoryCnamProvider implements CnamProvider {

  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

  private final FakeCarrierAccount account;
  private final Map<String, CnamRecord> records = new ConcurrentHashMap<>();
  private final Map<E164Number, String> assigned = new ConcurrentHashMap<>();

  public InMemoryCnamProvider(FakeCarrierAccount account) {
    this.account = account;
    account.onReset(this::reset);
  }

  @Override
  public CnamRecord create(CallerName name) {
    account.call();
    requireUnique(name);
    CnamRecord created =
        new CnamRecord(
            account.nextId(),
            name,
            CnamStatus.PENDING,
            Optional.of(NOW),
            Optional.empty(),
            Optional.empty());
    records.put(created.id(), created);
    return created;
  }

  @Override
  public CnamRecord update(String id, CallerName name) {
    CnamRecord current = get(id);
    if (current.status() != CnamStatus.PENDING) {
      throw new ConflictException(
          ProblemType.CALLER_NAME_NOT_PENDING, "caller name " + id + " was reviewed");
    }
    CnamRecord updated =
        new CnamRecord(
            id, name, current.status(), current.createdAt(), Optional.empty(), Optional.empty());
    records.put(id, updated);
    return updated;
  }

  @Override
  public void delete(String id) {
    get(id);
    if (assigned.containsValue(id)) {
      throw new ConflictException(
          ProblemType.CALLER_NAME_IN_USE, "caller name " + id + " is on a number");
    }
    records.remove(id);
  }

  @Override
  public CnamRecord get(String id) {
    account.call();
    CnamRecord record = records.get(id);
    if (record == null) {
      throw new NotFoundException(ProblemType.CALLER_NAME_NOT_FOUND, "no caller name " + id);
    }
    return record;
  }

  @Override
  public List<CnamRecord> all() {
    account.call();
    return records.values().stream()
        .sorted(Comparator.comparing(CnamRecord::id, NumericIds.order()))
        .toList();
  }

  @Override
  public void assign(E164Number number, String id) {
    CnamRecord record = get(id);
    if (account.typeOf(number) == NumberType.TOLL_FREE) {
      throw new ValidationException(
          ProblemType.FLOWROUTE_REJECTED_INPUT, "a toll-free number cannot show a caller name");
    }
    if (record.status() != CnamStatus.APPROVED) {
      throw new ConflictException(
          ProblemType.CALLER_NAME_NOT_APPROVED, "caller name " + id + " is not approved");
    }
    assigned.put(number, id);
  }

  @Override
  public void unassign(E164Number number) {
    account.call();
    account.typeOf(number);
    assigned.remove(number);
  }

  /** The carrier's review approves a pending name. */
  public void approve(String id) {
    CnamRecord r = records.get(id);
    records.put(
        id,
        new CnamRecord(
            id, r.name(), CnamStatus.APPROVED, r.createdAt(), Optional.of(NOW), Optional.empty()));
  }

  /** The carrier's review rejects a pending name. */
  public void reject(String id, String reason) {
    CnamRecord r = records.get(id);
    records.put(
        id,
        new CnamRecord(
            id,
            r.name(),
            CnamStatus.REJECTED,
            r.createdAt(),
            Optional.empty(),
            Optional.of(reason)));
  }

  /** The caller name the carrier has on a number. */
  public Optional<String> callerNameOf(E164Number number) {
    return Optional.ofNullable(assigned.get(number));
  }

  /** Forgets every name and assignment. */
  public void reset() {
    records.clear();
    assigned.clear();
  }

  private void requireUnique(CallerName name) {
    if (records.values().stream().anyMatch(r -> r.name().value().equalsIgnoreCase(name.value()))) {
      throw new ConflictException(
          ProblemType.DUPLICATE_CALLER_NAME, "the account already has '" + name + "'");
    }
  }
}
