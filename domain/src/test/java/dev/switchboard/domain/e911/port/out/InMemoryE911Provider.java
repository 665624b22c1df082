package dev.switchboard.domain.e911.port.out;

import dev.switchboard.domain.e911.E911Address;
import dev.switchboard.domain.e911.PostalAddress;
import dev.switchboard.domain.numbers.NumberType;
import dev.switchboard.domain.shared.ConflictException;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.NotFoundException;
import dev.switchboard.domain.shared.ProblemType;
import dev.switchboard.domain.shared.ValidationException;
import dev.switchboard.domain.shared.port.out.FakeCarrierAccount;
import dev.switchboard.domain.shared.port.out.NumericIds;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The in-memory carrier registry of emergency addresses, for use-case tests; keeps {@link
 * E911ProviderContract}. It places every street but one called {@value #UNPLACEABLE}.
 */
public final class InMemoryE911Provider implements E911Provider {

  public static final String UNPLACEABLE = "Nowhere Ln";

  private final FakeCarrierAccount account;
  private final Map<String, E911Address> addresses = new ConcurrentHashMap<>();
  private final Map<E164Number, String> assigned = new ConcurrentHashMap<>();

  public InMemoryE911Provider(FakeCarrierAccount account) {
    this.account = account;
    account.onReset(this::reset);
  }

  @Override
  public void validate(PostalAddress address) {
    account.call();
    if (address.streetName().equalsIgnoreCase(UNPLACEABLE)) {
      throw new ValidationException(
          ProblemType.ADDRESS_NOT_FOUND, "the carrier could not geocode " + address.streetName());
    }
  }

  @Override
  public E911Address create(PostalAddress address) {
    validate(address);
    if (addresses.values().stream().anyMatch(a -> a.address().equals(address))) {
      throw new ConflictException(
          ProblemType.DUPLICATE_ADDRESS, "the account already has this address");
    }
    E911Address created = new E911Address(account.nextId(), address);
    addresses.put(created.id(), created);
    return created;
  }

  @Override
  public E911Address update(String id, PostalAddress current, PostalAddress wanted) {
    get(id);
    validate(wanted);
    E911Address updated = new E911Address(id, wanted);
    addresses.put(id, updated);
    return updated;
  }

  @Override
  public void delete(String id) {
    get(id);
    if (assigned.containsValue(id)) {
      throw new ConflictException(
          ProblemType.E911_IN_USE, "E911 address " + id + " is on a number");
    }
    addresses.remove(id);
  }

  @Override
  public E911Address get(String id) {
    account.call();
    E911Address address = addresses.get(id);
    if (address == null) {
      throw new NotFoundException(ProblemType.E911_NOT_FOUND, "no E911 address " + id);
    }
    return address;
  }

  @Override
  public List<E911Address> all() {
    account.call();
    return addresses.values().stream()
        .sorted(Comparator.comparing(E911Address::id, NumericIds.order()))
        .toList();
  }

  @Override
  public void assign(E164Number number, String id) {
    get(id);
    if (account.typeOf(number) == NumberType.TOLL_FREE) {
      throw new ValidationException(
          ProblemType.NUMBER_CANNOT_HAVE_E911, number + " cannot have emergency service");
    }
    assigned.put(number, id);
  }

  @Override
  public void unassign(E164Number number) {
    account.call();
    account.typeOf(number);
    assigned.remove(number);
  }

  @Override
  public List<E164Number> numbersOf(String id) {
    get(id);
    return assigned.entrySet().stream()
        .filter(e -> e.getValue().equals(id))
        .map(Map.Entry::getKey)
        .sorted(Comparator.comparing(E164Number::value))
        .toList();
  }

  /** Forgets every address and assignment. */
  public void reset() {
    addresses.clear();
    assigned.clear();
  }
}
