package dev.switchboard.domain.messaging.media;

/**
 * The original of a medium could not be fetched, or our copy could not be stored. Its message is
 * our own words (it is kept as the task's last error), never a remote server's text.
 */
public class MediaFetchException extends Exception {

  public MediaFetchException(String message) {
    super(message);
  }

  public MediaFetchException(String message, Throwable cause) {
    super(message, cause);
  }
}
