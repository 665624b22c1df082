package dev.switchboard.persistence;

import dev.switchboard.domain.shared.port.out.StoreHarness;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/**
 * The PostgreSQL the store tests run on: each unit of work in a transaction of its own (as the use
 * cases' units of work are), and the database emptied before each test.
 */
@ApplicationScoped
public class PostgresHarness implements StoreHarness {

  @Inject AgroalDataSource dataSource;

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    return QuarkusTransaction.requiringNew().call(work::get);
  }

  @Override
  public void empty() {
    Fixtures.emptyDatabase(dataSource);
  }
}
