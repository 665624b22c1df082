package dev.switchboard.flowroute.http;

/**
 * What Flowroute answered, read in full while the connection was open.
 *
 * @param retryAfter the raw {@code Retry-After} header, or null
 * @param afterUncertainAttempt whether an earlier attempt of the same call may have reached
 *     Flowroute (no answer, or a 5xx), so that a DELETE now answered 404 may be ours done
 */
public record FlowrouteReply(
    int status, String retryAfter, String body, boolean afterUncertainAttempt) {

  public boolean success() {
    return status >= 200 && status < 300;
  }

  FlowrouteReply markedUncertain() {
    return new FlowrouteReply(status, retryAfter, body, true);
  }
}
