package dev.switchboard.domain.shared.port.out;

import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the contract of a store needs from each implementation: where the store lives (its
 * transactions, writes join one) and an empty store before each test.
 */
public abstract class StoreContract {

  /** The store's transactions and its emptying. */
  protected abstract StoreHarness harness();

  @BeforeEach
  void startEmpty() {
    harness().empty();
  }

  /** Runs work in one transaction of the store. */
  protected final <T> T inTransaction(Supplier<T> work) {
    return harness().inTransaction(work);
  }

  protected void write(Runnable work) {
    inTransaction(
        () -> {
          work.run();
          return null;
        });
  }
}
