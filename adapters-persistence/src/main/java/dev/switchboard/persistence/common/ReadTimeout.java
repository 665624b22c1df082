package dev.switchboard.persistence.common;

import io.agroal.api.AgroalPoolInterceptor;
import io.quarkus.arc.Unremovable;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Executor;

/**
 * Gives every connection the pool hands out the read timeout of {@link DatabaseConfig}, so that no
 * statement of a request waits for a hung server longer than that. It is set again at each
 * acquisition rather than once per connection, so that work that lifted it for itself ({@link
 * #lift}) cannot hand an unbounded connection to the next borrower.
 */
@Singleton
@Unremovable
public class ReadTimeout implements AgroalPoolInterceptor {

  /** The PostgreSQL driver runs nothing on the executor; the JDBC contract only asks for one. */
  private static final Executor UNUSED = Runnable::run;

  private final int millis;

  ReadTimeout(DatabaseConfig config) {
    long configured = config.readTimeout().toMillis();
    if (configured < 1 || configured > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "switchboard.database.read-timeout must be between 1 ms and 24 days");
    }
    this.millis = (int) configured;
  }

  @Override
  public void onConnectionAcquire(Connection connection) {
    try {
      connection.setNetworkTimeout(UNUSED, millis);
    } catch (SQLException e) {
      // A connection that cannot take a timeout is broken: its first statement will say so.
    }
  }

  /**
   * Lets {@code connection} wait for the server as long as it takes, until it goes back to the
   * pool: for work that is legitimately long and has no caller waiting (the outbox's VACUUM).
   */
  public static void lift(Connection connection) throws SQLException {
    connection.setNetworkTimeout(UNUSED, 0);
  }
}
