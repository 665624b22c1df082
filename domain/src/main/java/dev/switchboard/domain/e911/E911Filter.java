package dev.switchboard.domain.e911;

import dev.switchboard.domain.shared.ProblemType;
import dev.switchboard.domain.shared.ValidationException;
import java.util.Optional;

/**
 * A filter over the registered addresses (each a case-insensitive "contains", state exact), paged
 * in id order after a cursor.
 */
public record E911Filter(
    Optional<String> label,
    Optional<String> streetName,
    Optional<String> city,
    Optional<String> state,
    Optional<String> after,
    int limit) {

  public static final int MAX_LIMIT = 200;

  public E911Filter {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new ValidationException(
          ProblemType.INVALID_LIMIT, "limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
    }
  }
}
