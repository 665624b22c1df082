package dev.switchboard.domain.numbers;

import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.ProblemType;
import dev.switchboard.domain.shared.ValidationException;
import java.util.Optional;

/**
 * A filter over our own numbers in the inventory, in number order.
 *
 * @param prefix digits the number starts with (E.164 digits, so {@code 1206} for Seattle)
 * @param hasRoute only numbers with (true) or without (false) a route of their own: a primary route
 *     other than sip-reg, or a failover route
 * @param after the keyset cursor: only numbers after this one
 */
public record NumberFilter(
    Optional<String> prefix,
    Optional<String> suffix,
    Optional<String> contains,
    Optional<String> alias,
    Optional<NumberType> type,
    Optional<Boolean> hasRoute,
    Optional<E164Number> after,
    int limit) {

  public static final int MAX_LIMIT = 200;

  public NumberFilter {
    for (Optional<String> digits : java.util.List.of(prefix, suffix, contains)) {
      if (digits.isPresent() && !digits.get().matches("\\d{1,11}")) {
        throw new ValidationException(
            ProblemType.INVALID_FILTER, "prefix, suffix and contains are 1 to 11 digits");
      }
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new ValidationException(
          ProblemType.INVALID_LIMIT, "limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
    }
  }
}
