package dev.switchboard.domain.numbers.port.out;

import dev.switchboard.domain.numbers.AreaCode;
import dev.switchboard.domain.numbers.AvailableNumber;
import dev.switchboard.domain.numbers.Exchange;
import dev.switchboard.domain.numbers.NumberSearch;
import dev.switchboard.domain.numbers.OffsetPage;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.ProblemType;
import dev.switchboard.domain.shared.ValidationException;
import dev.switchboard.domain.shared.port.out.FakeCarrierAccount;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The in-memory catalogue of numbers for sale, for use-case tests: the test stocks it with {@link
 * #offer}; searches filter on the digits after the country code, as Flowroute's do, and page by
 * offset in number order (or as {@code orderBy} asks); a page beyond Flowroute's limits is refused
 * as Flowroute refuses it. Keeps {@link NumberProviderContract}.
 */
public final class InMemoryNumberCatalogue implements NumberCatalogue {

  /** Flowroute's largest pages of area codes and of exchanges. */
  static final int MAX_AREA_CODES = 400;

  static final int MAX_EXCHANGES = 200;

  private final FakeCarrierAccount account;
  private final List<AvailableNumber> forSale = new ArrayList<>();

  public InMemoryNumberCatalogue(FakeCarrierAccount account) {
    this.account = account;
  }

  /** Puts numbers up for sale. */
  public synchronized void offer(AvailableNumber... numbers) {
    forSale.addAll(List.of(numbers));
  }

  /** Takes every number off sale. */
  public synchronized void clear() {
    forSale.clear();
  }

  /** The number as it is (or was) offered, bought or not. */
  public synchronized Optional<AvailableNumber> offered(E164Number number) {
    return forSale.stream().filter(n -> n.number().equals(number)).findFirst();
  }

  @Override
  public synchronized OffsetPage<AvailableNumber> searchAvailable(NumberSearch search) {
    account.call();
    Predicate<AvailableNumber> matches =
        n ->
            search.startsWith().map(d -> national(n).startsWith(d)).orElse(true)
                && search.contains().map(d -> national(n).contains(d)).orElse(true)
                && search.endsWith().map(d -> national(n).endsWith(d)).orElse(true)
                && search.state().map(s -> s.equalsIgnoreCase(n.state())).orElse(true)
                && search.rateCenter().map(r -> r.equalsIgnoreCase(n.rateCenter())).orElse(true)
                && search.type().map(t -> t == n.type()).orElse(true);
    List<AvailableNumber> found =
        forSale.stream()
            .filter(n -> !account.owns(n.number()))
            .filter(matches)
            .sorted(order(search.orderBy()))
            .toList();
    return page(found, search.limit(), search.offset());
  }

  @Override
  public synchronized OffsetPage<AreaCode> areaCodes(
      Optional<BigDecimal> maxSetupCost, int limit, int offset) {
    account.call();
    refuseBeyond(MAX_AREA_CODES, limit, offset);
    List<AreaCode> codes =
        forSale.stream()
            .filter(n -> cheapEnough(n, maxSetupCost))
            .map(n -> national(n).substring(0, 3))
            .distinct()
            .sorted()
            .map(AreaCode::new)
            .toList();
    return page(codes, limit, offset);
  }

  @Override
  public synchronized OffsetPage<Exchange> exchanges(
      Optional<String> areaCode, Optional<BigDecimal> maxSetupCost, int limit, int offset) {
    account.call();
    refuseBeyond(MAX_EXCHANGES, limit, offset);
    List<Exchange> exchanges =
        forSale.stream()
            .filter(n -> cheapEnough(n, maxSetupCost))
            .map(n -> national(n).substring(0, 6))
            .filter(e -> areaCode.map(e::startsWith).orElse(true))
            .distinct()
            .sorted()
            .map(Exchange::new)
            .toList();
    return page(exchanges, limit, offset);
  }

  private static void refuseBeyond(int max, int limit, int offset) {
    if (limit < 1 || limit > max || offset < 0) {
      throw new ValidationException(
          ProblemType.FLOWROUTE_REJECTED_INPUT,
          "limit must be 1 to " + max + " and offset not negative");
    }
  }

  private static boolean cheapEnough(AvailableNumber n, Optional<BigDecimal> max) {
    return max.map(m -> n.setupCost().compareTo(m) <= 0).orElse(true);
  }

  /** The ten digits after +1. */
  private static String national(AvailableNumber n) {
    return n.number().value().substring(2);
  }

  private static Comparator<AvailableNumber> order(Optional<String> orderBy) {
    Comparator<AvailableNumber> byNumber = Comparator.comparing(n -> n.number().value());
    if (orderBy.isEmpty()) {
      return byNumber;
    }
    String[] parts = orderBy.get().split(",");
    Comparator<AvailableNumber> field =
        switch (parts[0]) {
          case "monthly_cost" -> Comparator.comparing(AvailableNumber::monthlyCost);
          case "number_type" -> Comparator.comparing(n -> n.type().name());
          case "state" -> Comparator.comparing(n -> n.state().toLowerCase(Locale.ROOT));
          case "rate_center" -> Comparator.comparing(n -> n.rateCenter().toLowerCase(Locale.ROOT));
          default -> byNumber;
        };
    return (parts[1].equals("desc") ? field.reversed() : field).thenComparing(byNumber);
  }

  private static <T> OffsetPage<T> page(List<T> all, int limit, int offset) {
    int from = Math.min(offset, all.size());
    int to = Math.min(from + limit, all.size());
    return new OffsetPage<>(all.subList(from, to), offset, limit, to < all.size());
  }
}
