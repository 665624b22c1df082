package dev.switchboard.domain.numbers.port.out;

import dev.switchboard.domain.numbers.NumberFilter;
import dev.switchboard.domain.numbers.OwnedNumber;
import dev.switchboard.domain.routes.RouteId;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.Page;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The in-memory inventory of our numbers, for use-case tests; keeps {@link
 * NumberInventoryContract}.
 */
public final class InMemoryNumberInventory implements NumberInventory {

  private final Map<String, OwnedNumber> numbers = new ConcurrentSkipListMap<>();

  @Override
  public void save(OwnedNumber number) {
    numbers.put(number.number().value(), number);
  }

  @Override
  public void remove(E164Number number) {
    numbers.remove(number.value());
  }

  @Override
  public Optional<OwnedNumber> find(E164Number number) {
    return Optional.ofNullable(numbers.get(number.value()));
  }

  @Override
  public Page<OwnedNumber> list(NumberFilter filter) {
    List<OwnedNumber> rows =
        stream()
            .filter(n -> filter.prefix().isEmpty() || digits(n).startsWith(filter.prefix().get()))
            .filter(n -> filter.suffix().isEmpty() || digits(n).endsWith(filter.suffix().get()))
            .filter(n -> filter.contains().isEmpty() || digits(n).contains(filter.contains().get()))
            .filter(
                n -> filter.alias().isEmpty() || filter.alias().get().equalsIgnoreCase(n.alias()))
            .filter(n -> filter.type().isEmpty() || n.type() == filter.type().get())
            .filter(n -> filter.hasRoute().isEmpty() || hasRoute(n) == filter.hasRoute().get())
            .filter(
                n ->
                    filter.after().isEmpty()
                        || n.number().value().compareTo(filter.after().get().value()) > 0)
            .limit(filter.limit() + 1L)
            .toList();
    return new Page<>(
        rows.subList(0, Math.min(rows.size(), filter.limit())), rows.size() > filter.limit());
  }

  @Override
  public List<OwnedNumber> all() {
    return stream().toList();
  }

  @Override
  public List<E164Number> usingE911(String e911Id) {
    return where(n -> n.e911Id().equals(Optional.of(e911Id))).stream()
        .map(OwnedNumber::number)
        .toList();
  }

  @Override
  public List<E164Number> usingCnam(String cnamId) {
    return where(n -> n.cnamId().equals(Optional.of(cnamId))).stream()
        .map(OwnedNumber::number)
        .toList();
  }

  @Override
  public int countUsingRoute(RouteId route) {
    return where(
            n ->
                n.primaryRoute().equals(Optional.of(route))
                    || n.failoverRoute().equals(Optional.of(route)))
        .size();
  }

  private List<OwnedNumber> where(Predicate<OwnedNumber> test) {
    return stream().filter(test).toList();
  }

  private Stream<OwnedNumber> stream() {
    return numbers.values().stream().sorted(Comparator.comparing(n -> n.number().value()));
  }

  private static String digits(OwnedNumber number) {
    return number.number().value().substring(1);
  }

  /** A route of the number's own: a primary other than sip-reg, or a failover. */
  private static boolean hasRoute(OwnedNumber number) {
    return number.primaryRoute().filter(r -> !r.equals(RouteId.SIP_REG)).isPresent()
        || number.failoverRoute().isPresent();
  }
}
