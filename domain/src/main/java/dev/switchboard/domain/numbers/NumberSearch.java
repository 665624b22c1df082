package dev.switchboard.domain.numbers;

import dev.switchboard.domain.shared.ProblemType;
import dev.switchboard.domain.shared.ValidationException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A search of purchasable numbers, with Flowroute's rules: digit filters, rate center only with a
 * state, ordering by a known field, at most 200 a page.
 *
 * @param orderBy {@code field,asc} or {@code field,desc}
 */
public record NumberSearch(
    Optional<String> startsWith,
    Optional<String> contains,
    Optional<String> endsWith,
    Optional<String> state,
    Optional<String> rateCenter,
    Optional<NumberType> type,
    Optional<String> orderBy,
    int limit,
    int offset) {

  public static final int MAX_LIMIT = 200;
  static final Set<String> ORDER_FIELDS =
      Set.of("monthly_cost", "iso_country", "number_type", "state", "rate_center", "value");

  public NumberSearch {
    digits("starts_with", startsWith);
    digits("contains", contains);
    digits("ends_with", endsWith);
    state = state.map(s -> s.toLowerCase(Locale.ROOT));
    rateCenter = rateCenter.map(s -> s.toLowerCase(Locale.ROOT));
    if (state.isPresent() && !state.get().matches("[a-z]{2}")) {
      throw new ValidationException(ProblemType.INVALID_STATE, "state must be a two-letter code");
    }
    if (rateCenter.isPresent() && state.isEmpty()) {
      throw new ValidationException(
          ProblemType.RATE_CENTER_NEEDS_STATE, "a rate_center filter needs the state it is in");
    }
    if (orderBy.isPresent()) {
      String[] parts = orderBy.get().split(",");
      if (parts.length != 2
          || !ORDER_FIELDS.contains(parts[0])
          || !(parts[1].equals("asc") || parts[1].equals("desc"))) {
        throw new ValidationException(
            ProblemType.INVALID_ORDER,
            "order_by must be <field>,asc|desc with a field among " + ORDER_FIELDS);
      }
    }
    OffsetPage.requireValid(limit, offset, MAX_LIMIT);
  }

  private static void digits(String name, Optional<String> value) {
    if (value.isPresent() && !value.get().matches("\\d{1,11}")) {
      throw new ValidationException(ProblemType.INVALID_FILTER, name + " must be 1 to 11 digits");
    }
  }
}
