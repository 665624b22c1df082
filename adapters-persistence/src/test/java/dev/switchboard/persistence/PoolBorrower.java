package dev.switchboard.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Borrows connections from a pool until it hands out a particular one again, holding every one it
 * borrowed so the pool cannot hand out the same one twice, and gives them all back when closed.
 */
public final class PoolBorrower implements AutoCloseable {

  /** What makes a borrowed connection the one sought. */
  @FunctionalInterface
  public interface Wanted {
    boolean test(Connection connection) throws SQLException;
  }

  private final DataSource pool;
  private final List<Connection> borrowed = new ArrayList<>();

  public PoolBorrower(DataSource pool) {
    this.pool = pool;
  }

  /** The first of at most {@code attempts} more connections borrowed that is {@code wanted}. */
  public Optional<Connection> borrowUntil(int attempts, Wanted wanted) throws SQLException {
    for (int i = 0; i < attempts; i++) {
      Connection c = pool.getConnection();
      borrowed.add(c);
      if (wanted.test(c)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  @Override
  public void close() throws SQLException {
    for (Connection c : borrowed) {
      c.close();
    }
  }
}
