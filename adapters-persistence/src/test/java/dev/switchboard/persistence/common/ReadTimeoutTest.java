package dev.switchboard.persistence.common;

import static dev.switchboard.persistence.Fixtures.ALICE;
import static dev.switchboard.persistence.Fixtures.OURS;
import static dev.switchboard.persistence.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.messaging.Message;
import dev.switchboard.domain.shared.StorageUnavailableException;
import dev.switchboard.persistence.DatabaseTest;
import dev.switchboard.persistence.Fixtures;
import dev.switchboard.persistence.PoolBorrower;
import dev.switchboard.persistence.PostgresResource;
import dev.switchboard.persistence.messaging.PanacheMessages;
import dev.switchboard.sandbox.SandboxPostgres;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

/**
 * A server that does not answer: every pooled connection gives up after the read timeout (2 s),
 * long work that lifted it waits, and a shared commit tells "not stored" from "perhaps stored".
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
class ReadTimeoutTest extends DatabaseTest {

  static final Duration READ_TIMEOUT = Duration.ofSeconds(2);

  @Inject QuarkusUnitOfWork unitOfWork;
  @Inject BatchTransactions transactions;
  @Inject PanacheMessages messages;
  @Inject EntityManager em;
  @Inject AgroalDataSource dataSource;
  @Inject Flyway flyway;
  SandboxPostgres postgres;

  @AfterEach
  void thaw() throws Exception {
    postgres.thaw();
  }

  @Test
  void a_statement_without_an_answer_fails_after_the_read_timeout_as_the_database_away() {
    long start = System.nanoTime();

    assertThatThrownBy(
            () ->
                unitOfWork.run(() -> em.createNativeQuery("SELECT pg_sleep(30)").getSingleResult()))
        .isInstanceOf(StorageUnavailableException.class);

    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertThat(took).isBetween(READ_TIMEOUT.minusMillis(100), READ_TIMEOUT.plusSeconds(3));
  }

  @Test
  void a_lifted_connection_waits_as_long_as_its_work_takes_and_its_next_borrower_is_bounded()
      throws Exception {
    PGConnection lifted;
    try (Connection c = dataSource.getConnection();
        Statement sleep = c.createStatement()) {
      ReadTimeout.lift(c);
      try (ResultSet done = sleep.executeQuery("SELECT pg_sleep(2.5), 1")) {
        assertThat(done.next()).isTrue();
      }
      lifted = c.unwrap(PGConnection.class);
    }

    // Borrow until the pool hands that connection out again: it is bounded once more.
    try (PoolBorrower borrower = new PoolBorrower(dataSource)) {
      Connection again =
          borrower.borrowUntil(50, c -> c.unwrap(PGConnection.class) == lifted).orElse(null);
      assertThat(again).as("the lifted connection, borrowed again").isNotNull();
      assertThat(again.getNetworkTimeout()).isEqualTo((int) READ_TIMEOUT.toMillis());
    }
  }

  @Test
  void flyway_takes_its_connections_without_the_read_timeout_so_a_long_migration_is_not_cut()
      throws Exception {
    try (Connection c = flyway.getConfiguration().getDataSource().getConnection()) {
      assertThat(c.getNetworkTimeout()).as("0: no timeout").isZero();
    }
    try (Connection c = dataSource.getConnection()) {
      assertThat(c.getNetworkTimeout()).isEqualTo((int) READ_TIMEOUT.toMillis());
    }
  }

  @Test
  void a_shared_commit_whose_statement_gets_no_answer_is_refused_and_nothing_is_stored()
      throws Exception {
    Message message = Fixtures.queued(OURS, ALICE, "frozen-before-commit", T0);

    assertThatThrownBy(
            () ->
                transactions.run(
                    () -> {
                      freeze();
                      return messages.add(message);
                    }))
        .isInstanceOf(StorageUnavailableException.class)
        .hasMessageNotContaining("may have been stored");
    postgres.thaw();

    // The server reads the statement it was sent, then the closed connection, and rolls back.
    Thread.sleep(1_000);
    assertThat(messages.byId(message.id())).isEmpty();
  }

  @Test
  void a_shared_commit_that_gets_no_answer_says_it_may_have_been_stored_and_it_may()
      throws Exception {
    Message message = Fixtures.queued(OURS, ALICE, "frozen-at-commit", T0);

    assertThatThrownBy(
            () ->
                transactions.run(
                    () -> {
                      boolean added = messages.add(message);
                      freeze();
                      return added;
                    }))
        .isInstanceOf(StorageUnavailableException.class)
        .hasMessageContaining("may have been stored");
    thawQuietly();

    // The residual risk, shown: the COMMIT was sent before the timeout, and the server runs it
    // once it is back. The retry with the same Idempotency-Key finds the message.
    long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (messages.byId(message.id()).isEmpty() && System.nanoTime() < until) {
      Thread.sleep(100);
    }
    assertThat(messages.byId(message.id())).isPresent();
  }

  private void freeze() {
    try {
      postgres.freeze();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private void thawQuietly() {
    try {
      postgres.thaw();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
