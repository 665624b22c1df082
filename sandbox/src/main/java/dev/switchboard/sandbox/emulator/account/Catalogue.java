package dev.switchboard.sandbox.emulator.account;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The numbers for sale: the same few hundred numbers at every start and {@link #reset()}, in
 * several area codes, states and rate centers plus toll-free ones. A bought number leaves it; a
 * released one comes back.
 */
public final class Catalogue {

  static final BigDecimal LOCAL_MONTHLY = new BigDecimal("1.25");
  static final BigDecimal TOLLFREE_MONTHLY = new BigDecimal("2.00");
  static final BigDecimal SETUP = BigDecimal.ONE;
  static final BigDecimal PREMIUM_SETUP = new BigDecimal("3.99");

  private static final int PER_EXCHANGE = 20;

  /** Endings with a delivery-receipt meaning in the emulator (see DeliveryOutcomes). */
  private static final Set<String> RESERVED_ENDINGS =
      Set.of("0003", "0005", "0006", "0007", "0009", "1110", "1116");

  private record Area(
      String npa, String rateCenter, String state, List<String> exchanges, boolean premium) {}

  private static final List<Area> LOCAL =
      List.of(
          new Area("201", "oradell", "nj", List.of("267", "384"), false),
          new Area("206", "seattle", "wa", List.of("240", "971"), false),
          new Area("212", "new york", "ny", List.of("419", "736"), true),
          new Area("303", "denver", "co", List.of("561"), false),
          new Area("312", "chicago", "il", List.of("428"), false),
          new Area("425", "seattle", "wa", List.of("310", "658"), false),
          new Area("646", "new york", "ny", List.of("343", "502"), false),
          new Area("650", "millbrae", "ca", List.of("239", "697"), false));

  private static final Map<String, String> TOLLFREE =
      Map.of("833", "310", "844", "402", "855", "715");

  private static final Set<String> TOLLFREE_NPAS =
      Set.of("800", "833", "844", "855", "866", "877", "888");

  private final Map<String, CatalogueNumber> known = new TreeMap<>();
  private final Set<String> available = new TreeSet<>();

  public Catalogue() {
    reset();
  }

  synchronized void reset() {
    known.clear();
    available.clear();
    for (CatalogueNumber number : generate()) {
      known.put(number.number(), number);
      available.add(number.number());
    }
  }

  /** The numbers for sale, by number. */
  public synchronized List<CatalogueNumber> available() {
    List<CatalogueNumber> list = new ArrayList<>(available.size());
    available.forEach(n -> list.add(known.get(n)));
    return list;
  }

  /** Takes a number off sale; empty when it is not for sale. */
  synchronized Optional<CatalogueNumber> take(String number) {
    if (!available.remove(number)) {
      return Optional.empty();
    }
    return Optional.of(known.get(number));
  }

  /** What the catalogue knows or can tell about a number, for sale or not. */
  synchronized CatalogueNumber describe(String number) {
    CatalogueNumber entry = known.get(number);
    return entry != null ? entry : derive(number);
  }

  /** Puts a number (back) on sale. */
  synchronized void giveBack(String number) {
    known.computeIfAbsent(number, Catalogue::derive);
    available.add(number);
  }

  /** Attributes for a number the catalogue never listed, from its area code. */
  static CatalogueNumber derive(String number) {
    String npa = number.substring(1, 4);
    if (TOLLFREE_NPAS.contains(npa)) {
      return new CatalogueNumber(
          number, CatalogueNumber.TOLLFREE, null, null, TOLLFREE_MONTHLY, SETUP);
    }
    return LOCAL.stream()
        .filter(a -> a.npa().equals(npa))
        .findFirst()
        .map(
            a ->
                new CatalogueNumber(
                    number,
                    CatalogueNumber.STANDARD,
                    a.rateCenter(),
                    a.state(),
                    LOCAL_MONTHLY,
                    a.premium() ? PREMIUM_SETUP : SETUP))
        .orElseGet(
            () ->
                new CatalogueNumber(
                    number, CatalogueNumber.STANDARD, null, null, LOCAL_MONTHLY, SETUP));
  }

  private static List<CatalogueNumber> generate() {
    List<CatalogueNumber> numbers = new ArrayList<>();
    for (Area area : LOCAL) {
      for (String nxx : area.exchanges()) {
        List<String> lines = lines(area.npa() + nxx);
        for (int i = 0; i < lines.size(); i++) {
          // one number in seven costs more to set up, and every number of a premium area
          boolean premium = area.premium() || i % 7 == 3;
          numbers.add(
              new CatalogueNumber(
                  "1" + area.npa() + nxx + lines.get(i),
                  CatalogueNumber.STANDARD,
                  area.rateCenter(),
                  area.state(),
                  LOCAL_MONTHLY,
                  premium ? PREMIUM_SETUP : SETUP));
        }
      }
    }
    TOLLFREE.forEach(
        (npa, nxx) ->
            lines(npa + nxx)
                .forEach(
                    line ->
                        numbers.add(
                            new CatalogueNumber(
                                "1" + npa + nxx + line,
                                CatalogueNumber.TOLLFREE,
                                null,
                                null,
                                TOLLFREE_MONTHLY,
                                SETUP))));
    return numbers;
  }

  /** Twenty distinct line numbers of an exchange, the same every time. */
  private static List<String> lines(String exchange) {
    int seed = Integer.parseInt(exchange) % 9000;
    List<String> lines = new ArrayList<>();
    for (int i = 0; lines.size() < PER_EXCHANGE; i++) {
      // 389 is coprime with 9000, so the lines are distinct
      String line = String.valueOf(1000 + (seed + i * 389) % 9000);
      if (!RESERVED_ENDINGS.contains(line)) {
        lines.add(line);
      }
    }
    return lines;
  }
}
