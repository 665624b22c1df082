package dev.switchboard.domain.cnam;

import dev.switchboard.domain.shared.ProblemType;
import dev.switchboard.domain.shared.ValidationException;
import java.util.Optional;

/** A filter over caller names: by status and by a case-insensitive part of the value. */
public record CnamFilter(
    Optional<CnamStatus> status,
    Optional<String> valueContains,
    Optional<String> after,
    int limit) {

  public static final int MAX_LIMIT = 200;

  public CnamFilter {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new ValidationException(
          ProblemType.INVALID_LIMIT, "limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
    }
  }
}
