package dev.switchboard.domain.shared.port.out;

import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the contract of a store needs from each implementation: its transactions (writes join one)
 * and an empty store before each test.
 */
public abstract class StoreContract {

  /** Runs work in one transaction of the store. */
  protected abstract <T> T inTransaction(Supplier<T> work);

  /** Removes everything the store holds. */
  protected abstract void empty();

  @BeforeEach
  void startEmpty() {
    empty();
  }

  protected void write(Runnable work) {
    inTransaction(
        () -> {
          work.run();
          return null;
        });
  }
}
