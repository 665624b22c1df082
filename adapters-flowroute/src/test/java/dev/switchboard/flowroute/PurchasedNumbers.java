package dev.switchboard.flowroute;

import dev.switchboard.domain.numbers.NumberType;
import dev.switchboard.domain.numbers.port.out.NumberCatalogue;
import dev.switchboard.domain.numbers.port.out.NumberProvider;
import dev.switchboard.domain.shared.E164Number;

/** Buys numbers for tests through the catalogue and numbers ports, as the platform does. */
public final class PurchasedNumbers {

  private PurchasedNumbers() {}

  public static E164Number buy(NumberCatalogue catalogue, NumberProvider numbers, NumberType type) {
    E164Number number =
        catalogue.searchAvailable(NumberSearches.firstOf(type)).items().stream()
            .findFirst()
            .orElseThrow(
                () -> new AssertionError("the carrier has no " + type + " number for sale"))
            .number();
    numbers.purchase(number, false, false);
    return number;
  }
}
