package dev.switchboard.flowroute;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.domain.messaging.CarrierException;
import dev.switchboard.domain.messaging.CarrierException.Kind;
import dev.switchboard.domain.messaging.DispatchMessages;
import jakarta.ws.rs.WebApplicationException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import javax.net.ssl.SSLHandshakeException;

/**
 * Turns Flowroute's answers and failed calls into {@link CarrierException}s whose kind tells the
 * dispatcher whether to give up, retry, slow down or first look the message up.
 */
public final class FlowrouteErrors {

  /** The code of a failure to open a connection: the request never left, so retrying is safe. */
  public static final String CODE_CONNECT = "connect";

  private static final Set<Integer> PERMANENT =
      Set.of(400, 401, 403, 404, 405, 409, 410, 413, 415, 422);
  private static final int MAX_REASON = 500;

  private final ObjectMapper json;

  public FlowrouteErrors(ObjectMapper json) {
    this.json = json;
  }

  /** The exception for a non-2xx answer; {@code retryAfter} is the raw header (may be null). */
  public CarrierException fromResponse(int status, String retryAfter, String body) {
    String code = "http-" + status;
    String reason = reasonOf(status, body);
    if (status == 429) {
      return new CarrierException(
          Kind.RATE_LIMITED, code, reason, retryAfterSeconds(retryAfter).orElse(null));
    }
    if (PERMANENT.contains(status)) {
      return new CarrierException(Kind.PERMANENT, code, reason);
    }
    if (status >= 400 && status < 500 && status != 408) {
      return new CarrierException(Kind.PERMANENT, code, reason);
    }
    // 5xx, 408 and anything unexpected (1xx, 3xx): Flowroute did not take it, try again later.
    return new CarrierException(Kind.TRANSIENT, code, reason);
  }

  /**
   * The exception for a call that got no usable answer. A connection that could not be opened is
   * TRANSIENT; anything after the request may have reached Flowroute is UNCERTAIN.
   */
  public CarrierException fromFailure(Throwable failure) {
    if (failure instanceof CarrierException carrier) {
      return carrier;
    }
    Throwable t = failure;
    for (int depth = 0; t != null && depth < 12; t = t.getCause(), depth++) {
      if (t instanceof WebApplicationException web && web.getResponse() != null) {
        return fromResponse(web.getResponse().getStatus(), null, null);
      }
      if (t instanceof ConnectException
          || t instanceof UnknownHostException
          || t instanceof NoRouteToHostException
          || t instanceof SSLHandshakeException) {
        return new CarrierException(
            Kind.TRANSIENT, CODE_CONNECT, "cannot connect to Flowroute: " + describe(t));
      }
    }
    return new CarrierException(
        Kind.UNCERTAIN,
        DispatchMessages.CODE_UNCERTAIN,
        "no answer from Flowroute, it may have taken the message: " + describe(failure));
  }

  /** Flowroute's own words: errors[0].detail (text or object), else its title, else the status. */
  String reasonOf(int status, String body) {
    String fallback = "Flowroute answered HTTP " + status;
    if (body == null || body.isBlank()) {
      return fallback;
    }
    try {
      JsonNode first = json.readTree(body).path("errors").path(0);
      JsonNode detail = first.path("detail");
      String reason = null;
      if (detail.isContainerNode() && !detail.isEmpty()) {
        reason = json.writeValueAsString(detail);
      } else if (detail.isValueNode() && !detail.asText().isBlank()) {
        reason = detail.asText();
      } else if (first.path("title").isValueNode() && !first.path("title").asText().isBlank()) {
        reason = first.path("title").asText();
      }
      return reason == null ? fallback : truncate(reason);
    } catch (Exception notJson) {
      return fallback;
    }
  }

  static Optional<Duration> retryAfterSeconds(String header) {
    if (header == null || !header.strip().matches("\\d{1,9}")) {
      return Optional.empty();
    }
    return Optional.of(Duration.ofSeconds(Long.parseLong(header.strip())));
  }

  /**
   * What kind of failure {@code t} was, in our words: an exception's own text can carry internal
   * detail (hosts, classes, our callback URL) that must not reach a stored reason or an event.
   */
  static String describe(Throwable t) {
    for (Throwable cause = t; cause != null; cause = cause.getCause()) {
      if (cause instanceof java.net.SocketTimeoutException
          || cause instanceof java.net.http.HttpTimeoutException
          || cause instanceof java.util.concurrent.TimeoutException
          || cause instanceof jakarta.ws.rs.ProcessingException
              && cause.getCause() instanceof java.util.concurrent.TimeoutException) {
        return "timed out";
      }
      if (cause instanceof ConnectException) {
        return "connection refused";
      }
      if (cause instanceof UnknownHostException) {
        return "unknown host";
      }
      if (cause instanceof NoRouteToHostException) {
        return "no route to host";
      }
      if (cause instanceof SSLHandshakeException) {
        return "TLS handshake failed";
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return t instanceof java.io.IOException || t.getCause() instanceof java.io.IOException
        ? "connection lost"
        : "no usable answer";
  }

  private static String truncate(String text) {
    return text.length() <= MAX_REASON ? text : text.substring(0, MAX_REASON) + "…";
  }
}
