package dev.switchboard.sandbox.emulator.faults;

import java.time.Duration;

/**
 * How an accepted send is answered when a fault hits it: no answer after {@code hold}, or an error
 * status.
 *
 * @param hold how long the connection is held before it is closed unanswered; null for a status
 * @param status the status answered instead of 202; 0 for a timeout
 */
public record AcceptedAnswer(Duration hold, int status) {

  static AcceptedAnswer timeout(Duration hold) {
    return new AcceptedAnswer(hold, 0);
  }

  static AcceptedAnswer status(int status) {
    return new AcceptedAnswer(null, status);
  }

  public boolean isTimeout() {
    return hold != null;
  }
}
