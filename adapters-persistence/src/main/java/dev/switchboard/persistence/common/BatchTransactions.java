package dev.switchboard.persistence.common;

import dev.switchboard.domain.shared.StorageUnavailableException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Supplier;
import org.hibernate.Session;

/**
 * The transactions of shared commits (group commit): each one holds its database connection before
 * its work runs, so that a batch takes its requests only once it can write them, and it tells a
 * failure that stored nothing from one whose commit was sent but never answered.
 */
@ApplicationScoped
public class BatchTransactions {

  /** Said to a caller whose commit may or may not have happened. */
  static final String OUTCOME_UNKNOWN =
      "the database stopped answering while this request was being committed: it may have been"
          + " stored. Retry with the same Idempotency-Key (a webhook is stored once however often"
          + " it is sent)";

  /**
   * A shared commit's statements are the same few every time, with arrays of the batch's rows as
   * their values, so one plan per connection serves every batch. The pool's setting (for the
   * listings' sake) would plan them on every execution: a fifth of the database's CPU at 1,600
   * webhooks a second.
   */
  private static final String PLAN_ONCE = "SET LOCAL plan_cache_mode = force_generic_plan";

  private final EntityManager em;

  public BatchTransactions(EntityManager em) {
    this.em = em;
  }

  /**
   * Runs {@code work} in one transaction, once the transaction holds its connection. When the
   * database is away this fails with a {@link StorageUnavailableException}: before the commit was
   * sent nothing is stored (the server rolls back a transaction whose client is gone); once it was
   * sent and no answer came, the exception says the outcome is unknown.
   */
  public <X> X run(Supplier<X> work) {
    boolean[] committing = {false};
    try {
      return QuarkusTransaction.joiningExisting()
          .call(
              () -> {
                em.unwrap(Session.class).doWork(BatchTransactions::planOnce);
                X result = work.get();
                // Every statement is sent now: only the commit is left.
                em.flush();
                committing[0] = true;
                return result;
              });
    } catch (RuntimeException e) {
      if (committing[0]) {
        // Whatever the commit failed with, we cannot know whether the server committed.
        throw new StorageUnavailableException(OUTCOME_UNKNOWN, DatabaseFailures.RETRY_AFTER, e);
      }
      throw DatabaseFailures.translate(e);
    }
  }

  private static void planOnce(Connection connection) throws SQLException {
    try (Statement plan = connection.createStatement()) {
      plan.execute(PLAN_ONCE);
    }
  }
}
