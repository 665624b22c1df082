package dev.switchboard.persistence.common;

import dev.switchboard.domain.shared.port.out.UnitOfWork;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

/**
 * Units of work as JTA transactions. A unit started inside another one joins it rather than
 * suspending it: nested work then commits or rolls back with its caller, as one unit, and cannot
 * deadlock against locks its own suspended caller holds (a Flowroute id's advisory lock, a claimed
 * row). So code that needs its work committed before it goes on (the dispatcher's claim) must call
 * it outside any transaction. A unit that fails because the database is away fails with the
 * domain's {@code StorageUnavailableException} (see {@link DatabaseFailures}).
 */
@ApplicationScoped
public class QuarkusUnitOfWork implements UnitOfWork {

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    try {
      return QuarkusTransaction.joiningExisting().call(work::get);
    } catch (RuntimeException e) {
      throw DatabaseFailures.translate(e);
    }
  }
}
