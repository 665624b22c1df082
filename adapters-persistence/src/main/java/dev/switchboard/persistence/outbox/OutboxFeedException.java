package dev.switchboard.persistence.outbox;

import java.sql.SQLException;

/** The outbox could not be read or marked; the relay retries the round later. */
public class OutboxFeedException extends RuntimeException {

  public OutboxFeedException(String message, SQLException cause) {
    super(message + ": " + cause.getMessage(), cause);
  }
}
