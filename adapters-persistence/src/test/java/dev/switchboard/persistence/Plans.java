package dev.switchboard.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;

/** Query plans as text, for tests that state which index a statement walks. */
public final class Plans {

  private Plans() {}

  /**
   * The plan {@code explain} (an {@code EXPLAIN} statement, run after {@code setUp}) prints when a
   * table scan is not an option: the test tables are small, and a scan would hide which index
   * serves the statement. All of it runs in one transaction, rolled back.
   */
  public static String withoutSeqScan(DataSource dataSource, String explain, String... setUp)
      throws Exception {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute("SET LOCAL enable_seqscan = off");
        for (String statement : setUp) {
          s.execute(statement);
        }
        return lines(s.executeQuery(explain));
      } finally {
        c.rollback();
      }
    }
  }

  /** The lines of an {@code EXPLAIN}'s answer, one per row; closes {@code rows}. */
  public static String lines(ResultSet rows) throws Exception {
    StringBuilder plan = new StringBuilder();
    try (rows) {
      while (rows.next()) {
        plan.append(rows.getString(1)).append('\n');
      }
    }
    return plan.toString();
  }
}
