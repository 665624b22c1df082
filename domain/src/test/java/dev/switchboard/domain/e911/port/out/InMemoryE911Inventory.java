package dev.switchboard.domain.e911.port.out;

import dev.switchboard.domain.e911.E911Address;
import dev.switchboard.domain.e911.E911Filter;
import dev.switchboard.domain.shared.Page;
import dev.switchboard.domain.shared.port.out.NumericIds;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The in-memory inventory of E911 addresses, for use-case tests; keeps {@link
 * E911InventoryContract}.
 */
public final class InMemoryE911Inventory implements E911Inventory {

  private final Map<String, E911Address> addresses = new ConcurrentHashMap<>();

  @Override
  public void save(E911Address address) {
    addresses.put(address.id(), address);
  }

  @Override
  public void remove(String id) {
    addresses.remove(id);
  }

  @Override
  public Optional<E911Address> find(String id) {
    return Optional.ofNullable(addresses.get(id));
  }

  @Override
  public Page<E911Address> list(E911Filter filter) {
    return NumericIds.page(
        addresses.values().stream()
            .filter(a -> NumericIds.contains(a.address().label(), filter.label()))
            .filter(a -> NumericIds.contains(a.address().streetName(), filter.streetName()))
            .filter(a -> NumericIds.contains(a.address().city(), filter.city()))
            .filter(
                a ->
                    filter.state().isEmpty()
                        || a.address()
                            .state()
                            .equals(filter.state().get().strip().toUpperCase(Locale.ROOT))),
        E911Address::id,
        filter.after(),
        filter.limit());
  }

  @Override
  public List<E911Address> all() {
    return addresses.values().stream()
        .sorted(Comparator.comparing(E911Address::id, NumericIds.order()))
        .toList();
  }
}
