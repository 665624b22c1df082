package dev.switchboard.flowroute;

import dev.switchboard.domain.numbers.NumberSearch;
import java.util.Optional;

/** Number searches for tests. */
final class NumberSearches {

  private NumberSearches() {}

  static NumberSearch first(int limit) {
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
}
