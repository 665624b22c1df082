package dev.switchboard.persistence.common;

import dev.switchboard.domain.shared.ProblemType;
import dev.switchboard.domain.shared.ValidationException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keyset paging over Flowroute's digit ids in numeric order ("9" before "10"). The ids fit a bigint
 * (at most 18 digits); the text breaks the tie between ids that differ by leading zeros only. The
 * migrations index {@code (CAST(id AS bigint), id)} for it.
 */
public final class NumericIdKeyset {

  private NumericIdKeyset() {}

  /** The order of a listing of entity {@code alias}. */
  public static String orderBy(String alias) {
    return " order by cast(" + alias + ".id as Long), " + alias + ".id";
  }

  /** Adds the condition "after the cursor", refusing a cursor that is not an id. */
  public static void after(
      String alias, Optional<String> after, List<String> where, Map<String, Object> parameters) {
    after.ifPresent(
        cursor -> {
          if (!cursor.matches("\\d{1,18}")) {
            throw new ValidationException(
                ProblemType.INVALID_CURSOR, "'" + cursor + "' is not an id to list after");
          }
          parameters.put("afterNumber", Long.parseLong(cursor));
          parameters.put("after", cursor);
          where.add("(cast(" + alias + ".id as Long), " + alias + ".id) > (:afterNumber, :after)");
        });
  }
}
