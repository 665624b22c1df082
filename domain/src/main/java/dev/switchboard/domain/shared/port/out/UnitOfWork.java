package dev.switchboard.domain.shared.port.out;

import java.util.function.Supplier;

/** Port: runs work in one atomic transaction of the record (all of it commits, or none). */
public interface UnitOfWork {

  <T> T inTransaction(Supplier<T> work);

  default void run(Runnable work) {
    inTransaction(
        () -> {
          work.run();
          return null;
        });
  }
}
