package dev.switchboard.domain.shared.port.out;

import java.util.function.Supplier;

/** The in-memory unit of work: runs the work at once and counts the transactions it ran. */
public final class DirectUnitOfWork implements UnitOfWork {

  private int transactions;

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    transactions++;
    return work.get();
  }

  public int transactions() {
    return transactions;
  }
}
