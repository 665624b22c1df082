package dev.switchboard.domain.numbers.port.out;

import dev.switchboard.domain.numbers.NumberFilter;
import dev.switchboard.domain.numbers.OwnedNumber;
import dev.switchboard.domain.routes.RouteId;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The number inventory in memory, for the domain's tests (no filter but the limit). */
public final class InMemoryNumberInventory implements NumberInventory {

  private final Map<E164Number, OwnedNumber> numbers = new TreeMap<>();

  @Override
  public void save(OwnedNumber number) {
    numbers.put(number.number(), number);
  }

  @Override
  public void remove(E164Number number) {
    numbers.remove(number);
  }

  @Override
  public Optional<OwnedNumber> find(E164Number number) {
    return Optional.ofNullable(numbers.get(number));
  }

  @Override
  public Page<OwnedNumber> list(NumberFilter filter) {
    List<OwnedNumber> all = all();
    return new Page<>(
        all.subList(0, Math.min(all.size(), filter.limit())), all.size() > filter.limit());
  }

  @Override
  public List<OwnedNumber> all() {
    return new ArrayList<>(numbers.values());
  }

  @Override
  public int countUsingRoute(RouteId route) {
    return (int)
        numbers.values().stream()
            .filter(
                n ->
                    n.primaryRoute().equals(Optional.of(route))
                        || n.failoverRoute().equals(Optional.of(route)))
            .count();
  }

  @Override
  public List<E164Number> usingE911(String e911Id) {
    return numbers.values().stream()
        .filter(n -> n.e911Id().equals(Optional.of(e911Id)))
        .map(OwnedNumber::number)
        .toList();
  }

  @Override
  public List<E164Number> usingCnam(String cnamId) {
    return numbers.values().stream()
        .filter(n -> n.cnamId().equals(Optional.of(cnamId)))
        .map(OwnedNumber::number)
        .toList();
  }
}
