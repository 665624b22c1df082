package dev.switchboard.persistence.common;

import dev.switchboard.domain.shared.StorageUnavailableException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Tells a database that is away (down, frozen, refusing connections, timing out) from a refusal of
 * the data, and turns the first into the domain's {@link StorageUnavailableException}: the caller
 * is told to retry, and a group commit does not re-run such a batch item by item.
 */
public final class DatabaseFailures {

  /** What a caller is told to wait before retrying. */
  static final Duration RETRY_AFTER = Duration.ofSeconds(2);

  /**
   * SQLSTATEs of a server that cannot serve now: admin or crash shutdown, starting up, too many
   * connections, a statement cancelled by a timeout.
   */
  private static final Set<String> UNAVAILABLE_STATES =
      Set.of("57P01", "57P02", "57P03", "53300", "57014");

  private DatabaseFailures() {}

  /** {@code failure} as a {@link StorageUnavailableException} when the database is away. */
  public static RuntimeException translate(RuntimeException failure) {
    if (failure instanceof StorageUnavailableException || !unavailable(failure)) {
      return failure;
    }
    return new StorageUnavailableException(
        "the database could not be reached in time; retry shortly", RETRY_AFTER, failure);
  }

  /**
   * Whether anything in {@code failure}'s causes says the database is away. Suppressed exceptions
   * count: a commit that got no answer reaches us as the transaction manager's RollbackException,
   * which carries the driver's failure only as a suppressed exception.
   */
  public static boolean unavailable(Throwable failure) {
    return unavailable(failure, java.util.Collections.newSetFromMap(new IdentityHashMap<>()));
  }

  private static boolean unavailable(Throwable failure, Set<Throwable> seen) {
    for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
      if (t instanceof SQLTransientConnectionException
          || t instanceof org.hibernate.exception.JDBCConnectionException
          || t instanceof jakarta.persistence.QueryTimeoutException
          || t instanceof org.hibernate.QueryTimeoutException
          || t instanceof java.util.concurrent.TimeoutException) {
        return true;
      }
      if (t instanceof SQLException sql && unavailable(sql)) {
        return true;
      }
      for (Throwable suppressed : t.getSuppressed()) {
        if (unavailable(suppressed, seen)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean unavailable(SQLException e) {
    String state = e.getSQLState();
    if (state != null && (state.startsWith("08") || UNAVAILABLE_STATES.contains(state))) {
      return true;
    }
    // Agroal's pool timing out on a connection it could not get has no SQLSTATE (its message reads
    // "Acquisition timeout while waiting for new connection").
    return e.getMessage() != null
        && e.getMessage().toLowerCase(java.util.Locale.ROOT).contains("acquisition timeout");
  }
}
