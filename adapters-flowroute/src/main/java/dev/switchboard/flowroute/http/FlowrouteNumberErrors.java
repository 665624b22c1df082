package dev.switchboard.flowroute.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.domain.shared.ConflictException;
import dev.switchboard.domain.shared.DomainException;
import dev.switchboard.domain.shared.NotFoundException;
import dev.switchboard.domain.shared.ProblemType;
import dev.switchboard.domain.shared.UpstreamException;
import dev.switchboard.domain.shared.ValidationException;
import java.time.Duration;
import java.util.Optional;

/**
 * Turns Flowroute's answers to Numbers v2 and Routes v2 calls, and calls that got no answer, into
 * the domain's errors; what a 404 or a 403 means depends on the endpoint called.
 */
public final class FlowrouteNumberErrors {

  /** The endpoint a call went to, as far as its errors are concerned. */
  public enum Endpoint {
    /** Purchasable numbers, area codes, exchanges, edge strategies, list of numbers or routes. */
    CATALOGUE,
    /** One of our numbers: details, purchase, update, release, callbacks. */
    NUMBER,
    /** A number's primary or failover route relationship: number and route both named. */
    NUMBER_ROUTE,
    /** One route, where a 403 has no particular meaning (the built-in sip-reg route). */
    ROUTE,
    /** Creating or changing a route: a 403 means another one has its alias (§3.3). */
    ROUTE_WRITE,
    /** Deleting a route: a 403 means numbers still use it (§3.5). */
    ROUTE_DELETE,
    /** One E911 address: details, its numbers; the list of addresses. */
    E911,
    /** Validating, creating or changing an E911 address: geocoding, fields, duplicates (§4.4). */
    E911_WRITE,
    /** Deleting an E911 address: a refusal means numbers still use it (§4.10). */
    E911_DELETE,
    /** A number's E911 relationship: a refusal means no emergency service there (§4.7). */
    NUMBER_E911,
    /** One CNAM record: details; the list of records. */
    CNAM,
    /** Creating a CNAM record: a duplicate value is refused (§5.4). */
    CNAM_CREATE,
    /** Changing a CNAM record: only while pending, to a value not already there (§5.5). */
    CNAM_UPDATE,
    /** Deleting a CNAM record: a refusal means numbers still use it (§5.8). */
    CNAM_DELETE,
    /** A number's CNAM relationship: a refusal means the name is not approved (§5.6). */
    NUMBER_CNAM;

    /** Whether E911 or CNAM, whose refusals {@link FlowrouteRegistryErrors} recognises. */
    boolean registry() {
      return compareTo(E911) >= 0;
    }
  }

  private final ObjectMapper json;
  private final FlowrouteErrors messages;

  public FlowrouteNumberErrors(ObjectMapper json) {
    this.json = json;
    this.messages = new FlowrouteErrors(json);
  }

  /** The error for a non-2xx answer; {@code retryAfter} is the raw header (may be null). */
  public DomainException fromResponse(
      Endpoint endpoint, int status, String retryAfter, String body) {
    if (endpoint.registry()) {
      Optional<DomainException> refusal =
          FlowrouteRegistryErrors.of(endpoint, status, FlowrouteDetail.of(json, status, body));
      if (refusal.isPresent()) {
        return refusal.get();
      }
    }
    String reason = messages.reasonOf(status, body);
    return switch (status) {
      case 400, 422 -> new ValidationException(ProblemType.FLOWROUTE_REJECTED_INPUT, reason);
      case 401 ->
          // Flowroute's text is not echoed: the caller only needs to know who must act.
          new UpstreamException(
              ProblemType.FLOWROUTE_CREDENTIALS_REJECTED,
              "Flowroute refused our API credentials (HTTP 401); an operator must check"
                  + " switchboard.flowroute.access-key and secret-key");
      case 403 -> refused(endpoint, reason, body);
      case 404 -> new NotFoundException(notFoundCode(endpoint), reason);
      case 409 -> new ConflictException(ProblemType.FLOWROUTE_REFUSED, reason);
      case 429 ->
          new UpstreamException(
              ProblemType.FLOWROUTE_RATE_LIMITED,
              "Flowroute is rate-limiting us: " + reason,
              FlowrouteErrors.retryAfterSeconds(retryAfter).orElse(null));
      default -> {
        if (status >= 400 && status < 500 && status != 408) {
          yield new UpstreamException(ProblemType.FLOWROUTE_REFUSED, reason);
        }
        yield unavailable("Flowroute answered HTTP " + status);
      }
    };
  }

  /** The error for a call that got no answer: Flowroute is unreachable or too slow. */
  public DomainException fromFailure(Throwable failure) {
    if (failure instanceof DomainException domain) {
      return domain;
    }
    return unavailable("no answer from Flowroute: " + describe(failure));
  }

  /**
   * What failed in a 207 (number bought or updated, messaging not): Flowroute's first error detail,
   * whose body shape is not documented (§13 U6), else a generic text.
   */
  public String partialFailure(String body) {
    String generic = "Flowroute could not set up messaging for this number (HTTP 207)";
    String reason = messages.reasonOf(207, body);
    return reason.equals("Flowroute answered HTTP 207") ? generic : reason;
  }

  /** Whether a status is worth another attempt of a call that is safe to repeat. */
  public static boolean retryable(int status) {
    return status == 429 || status == 408 || status >= 500;
  }

  private DomainException refused(Endpoint endpoint, String reason, String body) {
    // A 403 without a detail is Flowroute's bare "not allowed" (§1.2), whatever the endpoint.
    if (hasDetail(body)) {
      if (endpoint == Endpoint.ROUTE_DELETE) {
        return new ConflictException(ProblemType.ROUTE_IN_USE, "Flowroute refuses: " + reason);
      }
      if (endpoint == Endpoint.ROUTE_WRITE) {
        return new ConflictException(ProblemType.DUPLICATE_ROUTE, "Flowroute refuses: " + reason);
      }
    }
    return new UpstreamException(ProblemType.FLOWROUTE_REFUSED, reason);
  }

  private static ProblemType notFoundCode(Endpoint endpoint) {
    return switch (endpoint) {
      case NUMBER -> ProblemType.NUMBER_NOT_FOUND;
      case ROUTE, ROUTE_WRITE, ROUTE_DELETE -> ProblemType.ROUTE_NOT_FOUND;
      default -> ProblemType.NOT_FOUND;
    };
  }

  private boolean hasDetail(String body) {
    if (body == null || body.isBlank()) {
      return false;
    }
    try {
      JsonNode detail = json.readTree(body).path("errors").path(0).path("detail");
      return detail.isContainerNode() ? !detail.isEmpty() : !detail.asText().isBlank();
    } catch (Exception notJson) {
      return false;
    }
  }

  private static UpstreamException unavailable(String message) {
    return new UpstreamException(ProblemType.FLOWROUTE_UNAVAILABLE, message);
  }

  private static String describe(Throwable failure) {
    return FlowrouteErrors.describe(failure);
  }

  static Optional<Duration> retryAfter(String header) {
    return FlowrouteErrors.retryAfterSeconds(header);
  }
}
