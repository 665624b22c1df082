package dev.switchboard.domain.e911.usecase;

import dev.switchboard.domain.e911.E911Address;
import dev.switchboard.domain.e911.E911Filter;
import dev.switchboard.domain.e911.PostalAddress;
import dev.switchboard.domain.e911.port.out.E911Inventory;
import dev.switchboard.domain.e911.port.out.E911Provider;
import dev.switchboard.domain.e911.port.out.E911Usage;
import dev.switchboard.domain.shared.ConflictException;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.Page;
import dev.switchboard.domain.shared.port.out.UnitOfWork;
import java.util.List;

/**
 * Use case: validate, register, change and remove emergency addresses at the provider, keeping the
 * inventory in step. Our own rules are checked (by {@link PostalAddress}) before the provider is
 * called; an address still on numbers is not removed.
 */
public final class ManageE911 {

  private final E911Provider provider;
  private final E911Inventory addresses;
  private final E911Usage numbers;
  private final UnitOfWork unitOfWork;

  public ManageE911(
      E911Provider provider, E911Inventory addresses, E911Usage numbers, UnitOfWork unitOfWork) {
    this.provider = provider;
    this.addresses = addresses;
    this.numbers = numbers;
    this.unitOfWork = unitOfWork;
  }

  public void validate(PostalAddress address) {
    provider.validate(address);
  }

  public E911Address create(PostalAddress address) {
    E911Address created = provider.create(address);
    unitOfWork.run(() -> addresses.save(created));
    return created;
  }

  public E911Address update(String id, PostalAddress address) {
    E911Address current = get(id);
    E911Address updated = provider.update(id, current.address(), address);
    unitOfWork.run(() -> addresses.save(updated));
    return updated;
  }

  public void delete(String id) {
    get(id);
    List<E164Number> users = numbers.usingE911(id);
    if (!users.isEmpty()) {
      throw new ConflictException(
          "e911-in-use",
          "E911 address "
              + id
              + " is still assigned to "
              + users.size()
              + " number(s), such as "
              + users.get(0)
              + "; remove it from them first");
    }
    provider.delete(id);
    unitOfWork.run(() -> addresses.remove(id));
  }

  public E911Address get(String id) {
    return addresses.require(id);
  }

  public Page<E911Address> list(E911Filter filter) {
    return addresses.list(filter);
  }

  /** The numbers that have the address, from the inventory. */
  public List<E164Number> numbersUsing(String id) {
    get(id);
    return numbers.usingE911(id);
  }
}
