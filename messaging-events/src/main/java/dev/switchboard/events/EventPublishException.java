package dev.switchboard.events;

/** Kafka did not durably accept every event of a batch, so none of them counts as published. */
public final class EventPublishException extends RuntimeException {

  public EventPublishException(String message, Throwable cause) {
    super(message, cause);
  }
}
