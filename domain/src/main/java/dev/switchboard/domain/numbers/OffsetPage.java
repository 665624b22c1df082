package dev.switchboard.domain.numbers;

import dev.switchboard.domain.shared.ProblemType;
import dev.switchboard.domain.shared.ValidationException;
import java.util.List;

/**
 * A page of a provider's catalogue, paged by offset as Flowroute pages it.
 *
 * @param hasMore whether the provider has items after this page
 */
public record OffsetPage<T>(List<T> items, int offset, int limit, boolean hasMore) {
  public OffsetPage {
    items = List.copyOf(items);
  }

  /** Checks a requested limit and offset against a provider maximum. */
  public static void requireValid(int limit, int offset, int maxLimit) {
    if (limit < 1 || limit > maxLimit) {
      throw new ValidationException(
          ProblemType.INVALID_LIMIT, "limit must be between 1 and " + maxLimit + ", got " + limit);
    }
    if (offset < 0) {
      throw new ValidationException(ProblemType.INVALID_OFFSET, "offset cannot be negative");
    }
  }
}
