package dev.switchboard.flowroute.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.domain.messaging.CarrierException;
import dev.switchboard.domain.messaging.CarrierException.Kind;
import dev.switchboard.domain.messaging.usecase.DispatchMessages;
import jakarta.ws.rs.WebApplicationException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import javax.net.ssl.SSLHandshakeException;

/**
 * Turns Flowroute's answers and failed calls into {@link CarrierException}s whose kind tells the
 * dispatcher whether to give up, retry, slow down or first look the message up.
 */
public final class FlowrouteErrors {

  /** The code of a failure to open a connection: the request never left, so retrying is safe. */
  public static final String CODE_CONNECT = "connect";

  private static final int MAX_REASON = 500;

  private final ObjectMapper json;

  public FlowrouteErrors(ObjectMapper json) {
    this.json = json;
  }

  /**
   * The exception for a non-2xx answer; {@code retryAfter} is the raw header (may be null).
   *
   * <ul>
   *   <li>429: rate-limited, with its {@code Retry-After};
   *   <li>401: our credentials are refused, so nothing can be sent (the dispatcher pauses);
   *   <li>403: about the message when Flowroute's detail speaks of a number or of messaging (a
   *       {@code from} not on the account or without messaging: Flowroute reference §6.1, "403 from
   *       not owned / not messaging-enabled"), else about the account (a sub-account without API
   *       rights answers an empty detail, reference §1.2);
   *   <li>5xx: Flowroute, or a proxy in front of it, may have taken the message before it failed (a
   *       502/504 can follow an accepted send), so the outcome is unknown;
   *   <li>408: the request did not reach Flowroute whole, so it was not taken;
   *   <li>any other 4xx: the message is refused.
   * </ul>
   */
  public CarrierException fromResponse(int status, String retryAfter, String body) {
    String code = "http-" + status;
    String reason = reasonOf(status, body);
    Duration wait = retryAfterSeconds(retryAfter).orElse(null);
    if (status == 429) {
      return new CarrierException(Kind.RATE_LIMITED, code, reason, wait);
    }
    if (status == 401) {
      return new CarrierException(Kind.UNAUTHORIZED, code, reason);
    }
    if (status == 403) {
      return new CarrierException(
          aboutTheMessage(body) ? Kind.PERMANENT : Kind.UNAUTHORIZED, code, reason);
    }
    if (status == 408) {
      return new CarrierException(Kind.TRANSIENT, code, reason, wait);
    }
    if (status >= 400 && status < 500) {
      return new CarrierException(Kind.PERMANENT, code, reason);
    }
    // 5xx and anything unexpected (1xx, 3xx): it may have been taken.
    return new CarrierException(Kind.UNCERTAIN, code, reason, wait);
  }

  /** Whether a 403's detail is about the message (a number, messaging) rather than the account. */
  boolean aboutTheMessage(String body) {
    String detail = detailOf(body).toLowerCase(Locale.ROOT);
    return detail.contains("number") || detail.contains("messaging");
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
    String detail = detailOf(body);
    if (!detail.isBlank()) {
      return truncate(detail);
    }
    try {
      JsonNode title = json.readTree(body).path("errors").path(0).path("title");
      return title.isValueNode() && !title.asText().isBlank() ? truncate(title.asText()) : fallback;
    } catch (Exception notJson) {
      return fallback;
    }
  }

  /**
   * errors[0].detail as text (an object detail as compact JSON), else Numbers v1's {@code {"error":
   * "..."}} (§9.2), or "" when there is none.
   */
  private String detailOf(String body) {
    if (body == null || body.isBlank()) {
      return "";
    }
    try {
      JsonNode root = json.readTree(body);
      JsonNode detail = root.path("errors").path(0).path("detail");
      if (detail.isContainerNode() && !detail.isEmpty()) {
        return json.writeValueAsString(detail);
      }
      if (detail.isMissingNode() && root.path("error").isValueNode()) {
        return root.path("error").asText();
      }
      return detail.isValueNode() ? detail.asText() : "";
    } catch (Exception notJson) {
      return "";
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
