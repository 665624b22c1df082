package dev.switchboard.domain.messaging.port.out;

import java.util.function.Supplier;

/** The in-memory opt-out list keeps the port's contract. */
class InMemoryOptOutsContractTest extends OptOutsContract {

  private InMemoryOptOuts optOuts = new InMemoryOptOuts();

  @Override
  protected OptOuts optOuts() {
    return optOuts;
  }

  @Override
  protected <T> T inTransaction(Supplier<T> work) {
    return work.get();
  }

  @Override
  protected void empty() {
    optOuts = new InMemoryOptOuts();
  }
}
