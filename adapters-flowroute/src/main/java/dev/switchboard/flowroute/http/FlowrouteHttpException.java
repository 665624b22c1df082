package dev.switchboard.flowroute.http;

/**
 * A non-2xx answer of Flowroute as {@link FlowrouteResponseMapper} raises it from the REST clients:
 * the status, the raw {@code Retry-After} header and the body as text, which need not be JSON (a
 * proxy's HTML page), for the adapters' error mapping to read. Its message never quotes the body,
 * which may echo our request.
 */
public final class FlowrouteHttpException extends RuntimeException {

  private final int status;
  private final String retryAfter;
  private final String body;

  public FlowrouteHttpException(int status, String retryAfter, String body) {
    super("Flowroute answered HTTP " + status, null, false, false);
    this.status = status;
    this.retryAfter = retryAfter;
    this.body = body == null ? "" : body;
  }

  public int status() {
    return status;
  }

  /** The raw header, or null. */
  public String retryAfter() {
    return retryAfter;
  }

  /** The body as Flowroute sent it, empty when there was none. */
  public String body() {
    return body;
  }

  /** The answer in {@code failure}'s causes, if the failure is one. */
  public static java.util.Optional<FlowrouteHttpException> in(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof FlowrouteHttpException answered) {
        return java.util.Optional.of(answered);
      }
    }
    return java.util.Optional.empty();
  }

  /**
   * Whether {@code failure} is a 2xx body the REST client could not map to its record (not JSON, or
   * JSON of another shape): Flowroute answered, so this is an unusable answer, not a lost call.
   */
  public static boolean unreadable(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof com.fasterxml.jackson.core.JacksonException
          || t instanceof jakarta.ws.rs.NotSupportedException) {
        return true;
      }
    }
    return false;
  }
}
