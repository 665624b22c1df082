package dev.switchboard.domain.numbers;

import dev.switchboard.domain.shared.E164Number;
import java.math.BigDecimal;
import java.util.Objects;

/** A number Flowroute offers for purchase, with its costs in US dollars. */
public record AvailableNumber(
    E164Number number,
    NumberType type,
    String rateCenter,
    String state,
    BigDecimal monthlyCost,
    BigDecimal setupCost) {

  public AvailableNumber {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(type, "type");
  }
}
