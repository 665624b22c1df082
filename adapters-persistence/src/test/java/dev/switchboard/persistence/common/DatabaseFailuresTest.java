package dev.switchboard.persistence.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.shared.StorageUnavailableException;
import java.sql.SQLException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class DatabaseFailuresTest {

  @Test
  void the_pools_acquisition_timeout_as_agroal_words_it_means_the_database_is_away() {
    // Agroal's own text, as Hibernate wraps it when the pool cannot get a connection in time.
    SQLException agroal =
        new SQLException("Acquisition timeout while waiting for new connection", null, 0);
    RuntimeException hibernate =
        new org.hibernate.exception.GenericJDBCException(
            "Unable to acquire JDBC Connection", agroal);

    assertThat(DatabaseFailures.translate(hibernate))
        .isInstanceOf(StorageUnavailableException.class);
  }

  @Test
  void a_timeout_under_a_generic_jdbc_failure_means_the_database_is_away() {
    SQLException wrapped = new SQLException("no connection", null, 0, new TimeoutException());
    RuntimeException hibernate =
        new org.hibernate.exception.GenericJDBCException(
            "Unable to acquire JDBC Connection", wrapped);

    assertThat(DatabaseFailures.unavailable(hibernate)).isTrue();
  }

  @Test
  void a_refusal_of_the_data_is_not_an_outage() {
    SQLException unique = new SQLException("duplicate key value", "23505");
    RuntimeException hibernate =
        new org.hibernate.exception.ConstraintViolationException(
            "duplicate", unique, "messages_pkey");

    assertThat(DatabaseFailures.translate(hibernate)).isSameAs(hibernate);
  }

  @Test
  void a_commit_failure_the_transaction_manager_keeps_as_suppressed_is_an_outage() {
    // Narayana's RollbackException carries the driver's failure only as a suppressed exception.
    RuntimeException commit =
        new IllegalStateException("ARJUNA016053: Could not commit transaction.");
    commit.addSuppressed(
        new Exception(
            "Error trying to transactionCommit local transaction",
            new SQLException("An I/O error occurred while sending to the backend.", "08006")));

    assertThat(DatabaseFailures.translate(commit)).isInstanceOf(StorageUnavailableException.class);
  }
}
