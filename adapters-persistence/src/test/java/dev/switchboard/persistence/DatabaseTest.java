package dev.switchboard.persistence;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;

/**
 * A test of this module's stores on its PostgreSQL: every test starts from an empty database, and a
 * unit of work runs in a transaction of its own.
 */
public abstract class DatabaseTest {

  @Inject protected PostgresHarness database;

  @BeforeEach
  void startFromAnEmptyDatabase() {
    database.empty();
  }

  /** Runs work in a new transaction and returns its result. */
  protected static <T> T inTransaction(Callable<T> work) {
    return QuarkusTransaction.requiringNew().call(work);
  }
}
