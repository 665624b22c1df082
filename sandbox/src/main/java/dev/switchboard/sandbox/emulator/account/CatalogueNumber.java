package dev.switchboard.sandbox.emulator.account;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A number Flowroute would sell: {@code number_type} {@code standard} (local, with a lower-case
 * rate center and state) or {@code tollfree} (neither), with its monthly and setup costs in
 * dollars.
 */
public record CatalogueNumber(
    String number,
    String numberType,
    String rateCenter,
    String state,
    BigDecimal monthlyCost,
    BigDecimal setupCost) {

  public static final String STANDARD = "standard";
  public static final String TOLLFREE = "tollfree";

  public CatalogueNumber {
    if (!PhoneNumbers.isNanp(number)) {
      throw new IllegalArgumentException("not an 11-digit 1NPANXXXXXX number: " + number);
    }
    if (!STANDARD.equals(numberType) && !TOLLFREE.equals(numberType)) {
      throw new IllegalArgumentException("number_type must be standard or tollfree");
    }
    Objects.requireNonNull(monthlyCost, "monthlyCost");
    Objects.requireNonNull(setupCost, "setupCost");
  }

  /** The NPA, e.g. {@code 206}. */
  public String areaCode() {
    return number.substring(1, 4);
  }

  /** NPA and NXX, e.g. {@code 206240}. */
  public String exchange() {
    return number.substring(1, 7);
  }

  public boolean tollFree() {
    return TOLLFREE.equals(numberType);
  }
}
