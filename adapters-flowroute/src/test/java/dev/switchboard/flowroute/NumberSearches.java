package dev.switchboard.flowroute;

import dev.switchboard.domain.numbers.NumberSearch;
import dev.switchboard.domain.numbers.NumberType;
import java.util.Optional;

/** Number searches for tests. */
public final class NumberSearches {

  private NumberSearches() {}

  public static NumberSearch first(int limit) {
    return new NumberSearch(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        limit,
        0);
  }

  /** The first number for sale of a type. */
  static NumberSearch firstOf(NumberType type) {
    return new NumberSearch(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.of(type),
        Optional.empty(),
        1,
        0);
  }
}
