package dev.switchboard.events.contract;

/**
 * A Kafka record that is not a Switchboard CloudEvent, or whose data does not read into its record.
 * The message names the record's place and the problem, never the data (it may hold texts).
 */
public class MalformedEventException extends RuntimeException {

  public MalformedEventException(String message) {
    super(message);
  }

  public MalformedEventException(String message, Throwable cause) {
    super(message, cause);
  }
}
