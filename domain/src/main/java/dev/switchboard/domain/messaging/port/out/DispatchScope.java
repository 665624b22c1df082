package dev.switchboard.domain.messaging.port.out;

import dev.switchboard.domain.messaging.Claim;

/**
 * Where each claimed message's dispatch runs: the adapters continue there the trace of the request
 * that queued it ({@link Claim#origin()}), so that its send and the status events it writes belong
 * to that request's trace.
 */
public interface DispatchScope {

  /** Runs {@code dispatch}, the whole dispatch of {@code claim}, inside this scope. */
  void run(Claim claim, Dispatch dispatch) throws InterruptedException;

  /** One message's dispatch. */
  @FunctionalInterface
  interface Dispatch {
    void run() throws InterruptedException;
  }
}
