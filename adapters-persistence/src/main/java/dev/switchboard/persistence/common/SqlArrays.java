package dev.switchboard.persistence.common;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * Binds one column of many rows as one array parameter, in order, for statements that insert rows
 * with {@code unnest}: a batch then costs one statement and one round trip, whatever its size.
 * Instants travel as ISO-8601 text, which PostgreSQL reads exactly (to the microsecond).
 */
public final class SqlArrays {

  private final Connection connection;
  private final PreparedStatement statement;
  private int next = 1;

  public SqlArrays(Connection connection, PreparedStatement statement) {
    this.connection = connection;
    this.statement = statement;
  }

  public <R> void text(List<R> rows, Function<R, String> column) {
    bind("text", rows.stream().map(column).toArray(String[]::new));
  }

  public <R> void integers(List<R> rows, Function<R, Integer> column) {
    bind("int4", rows.stream().map(column).toArray(Integer[]::new));
  }

  public <R> void booleans(List<R> rows, Function<R, Boolean> column) {
    bind("bool", rows.stream().map(column).toArray(Boolean[]::new));
  }

  public <R> void instants(List<R> rows, Function<R, Instant> column) {
    bind(
        "text",
        rows.stream()
            .map(column)
            .map(instant -> instant == null ? null : instant.toString())
            .toArray(String[]::new));
  }

  private void bind(String type, Object[] values) {
    try {
      Array array = connection.createArrayOf(type, values);
      statement.setArray(next++, array);
    } catch (SQLException e) {
      throw new IllegalStateException("could not bind column " + next + " as " + type, e);
    }
  }
}
