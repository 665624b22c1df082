package dev.switchboard.flowroute.http;

/**
 * What Flowroute answered to one call: a 2xx with the client method's typed value, or a refusal
 * with its status, {@code Retry-After} and body as text ({@link FlowrouteHttpException}).
 *
 * @param status the HTTP status (200 for a client method that does not return it)
 * @param retryAfter the raw {@code Retry-After} header of a refusal, or null
 * @param body the body of a refusal as text, or null for a 2xx
 * @param unreadable why a 2xx body could not be mapped to its record, or null
 * @param afterUncertainAttempt whether an earlier attempt of the same call may have reached
 *     Flowroute (no answer, or a 5xx), so that a DELETE now answered 404 may be ours done
 * @param <T> the client method's return type
 */
public record FlowrouteReply<T>(
    int status,
    String retryAfter,
    String body,
    T value,
    String unreadable,
    boolean afterUncertainAttempt) {

  static <T> FlowrouteReply<T> answered(int status, T value) {
    return new FlowrouteReply<>(status, null, null, value, null, false);
  }

  static <T> FlowrouteReply<T> refused(FlowrouteHttpException answer) {
    return new FlowrouteReply<>(
        answer.status(), answer.retryAfter(), answer.body(), null, null, false);
  }

  /**
   * A 2xx whose body is not the record's shape. It passes the retries and the breaker as the answer
   * it is (Flowroute did answer), and reading its value reports it as unusable.
   */
  static <T> FlowrouteReply<T> unreadable(String why) {
    return new FlowrouteReply<>(200, null, null, null, why, false);
  }

  public boolean success() {
    return status >= 200 && status < 300;
  }

  /**
   * The typed body (null when there was none); an unreadable one is Flowroute's unusable answer.
   */
  @Override
  public T value() {
    if (unreadable != null) {
      throw JsonApiDocument.invalid("Flowroute's answer cannot be read: " + unreadable);
    }
    return value;
  }

  FlowrouteReply<T> markedUncertain() {
    return new FlowrouteReply<>(status, retryAfter, body, value, unreadable, true);
  }
}
