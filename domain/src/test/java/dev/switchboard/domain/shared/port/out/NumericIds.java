package dev.switchboard.domain.shared.port.out;

import dev.switchboard.domain.shared.Page;
import dev.switchboard.domain.shared.ProblemType;
import dev.switchboard.domain.shared.ValidationException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The in-memory fakes' keyset paging over Flowroute's digit ids, as the real stores page: numeric
 * order ("9" before "10"), the text breaking ties, after a cursor that must be an id.
 */
public final class NumericIds {

  private NumericIds() {}

  public static Comparator<String> order() {
    return Comparator.<String>comparingLong(Long::parseLong)
        .thenComparing(Comparator.naturalOrder());
  }

  public static <T> Page<T> page(
      Stream<T> matching, Function<T, String> id, Optional<String> after, int limit) {
    after.ifPresent(
        cursor -> {
          if (!cursor.matches("\\d{1,18}")) {
            throw new ValidationException(
                ProblemType.INVALID_CURSOR, "'" + cursor + "' is not an id to list after");
          }
        });
    List<T> rows =
        matching
            .filter(t -> after.isEmpty() || order().compare(id.apply(t), after.get()) > 0)
            .sorted(Comparator.comparing(id, order()))
            .limit(limit + 1L)
            .toList();
    return new Page<>(rows.subList(0, Math.min(rows.size(), limit)), rows.size() > limit);
  }

  /** Case-insensitive "contains", as the stores' filters match. */
  public static boolean contains(String value, Optional<String> part) {
    return part.isEmpty()
        || (value != null && value.toLowerCase().contains(part.get().toLowerCase()));
  }
}
