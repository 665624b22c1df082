package dev.switchboard.domain.shared.port.out;

import java.util.function.Supplier;

/**
 * Where a store under contract lives: how work runs in one of its transactions and how it is
 * emptied. In memory there is neither (a fresh store per test starts empty); a database gives both.
 */
public interface StoreHarness {

  /** A store in memory: work runs as it is, and each test's new store is already empty. */
  StoreHarness IN_MEMORY =
      new StoreHarness() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
          return work.get();
        }

        @Override
        public void empty() {}
      };

  /** Runs work in one transaction of the store. */
  <T> T inTransaction(Supplier<T> work);

  /** Removes everything the store holds. */
  void empty();
}
