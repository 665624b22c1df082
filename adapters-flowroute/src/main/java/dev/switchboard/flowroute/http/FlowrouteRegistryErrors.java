package dev.switchboard.flowroute.http;

import dev.switchboard.domain.shared.ConflictException;
import dev.switchboard.domain.shared.DomainException;
import dev.switchboard.domain.shared.NotFoundException;
import dev.switchboard.domain.shared.ProblemType;
import dev.switchboard.domain.shared.ValidationException;
import dev.switchboard.flowroute.http.FlowrouteNumberErrors.Endpoint;
import java.util.Optional;

/**
 * Flowroute's refusals of E911 and CNAM calls (§4, §5) as the domain's errors. Several statuses are
 * undocumented (§13 U26), so a refusal is recognised by the endpoint and the words of its detail
 * ("geocode", "duplicate", "emergency", "pending"...) rather than by the status alone.
 */
final class FlowrouteRegistryErrors {

  private FlowrouteRegistryErrors() {}

  /** The error for a refusal, or empty to let the general mapping of the status decide. */
  static Optional<DomainException> of(Endpoint endpoint, int status, FlowrouteDetail detail) {
    if (status == 404) {
      return Optional.of(new NotFoundException(notFoundCode(endpoint, detail), detail.text()));
    }
    boolean refusal = status == 400 || status == 403 || status == 409 || status == 422;
    // A 403 without a detail is Flowroute's bare "not allowed" (§1.2), whatever the endpoint.
    if (!refusal || (status == 403 && !detail.given())) {
      return Optional.empty();
    }
    String text = detail.text();
    DomainException error =
        switch (endpoint) {
          case E911_WRITE -> {
            if (detail.mentions("geocod")) {
              yield new ValidationException(ProblemType.ADDRESS_NOT_FOUND, text);
            }
            if (detail.mentions("duplicate")) {
              yield new ConflictException(ProblemType.DUPLICATE_ADDRESS, text);
            }
            yield rejectedInput(status, text);
          }
          case E911_DELETE ->
              status == 400
                  ? rejectedInput(status, text)
                  : new ConflictException(
                      ProblemType.E911_IN_USE,
                      "Flowroute keeps an address numbers still use: " + text);
          case NUMBER_E911 ->
              detail.mentions("emergency", "e911 service")
                  ? new ValidationException(ProblemType.NUMBER_CANNOT_HAVE_E911, text)
                  : rejectedInput(status, text);
          case CNAM_CREATE ->
              detail.mentions("duplicate")
                  ? new ConflictException(ProblemType.DUPLICATE_CALLER_NAME, text)
                  : rejectedInput(status, text);
          case CNAM_UPDATE -> {
            if (detail.mentions("duplicate")) {
              yield new ConflictException(ProblemType.DUPLICATE_CALLER_NAME, text);
            }
            if (detail.mentions("pending", "approved", "rejected") || status == 409) {
              yield new ConflictException(ProblemType.CALLER_NAME_NOT_PENDING, text);
            }
            yield rejectedInput(status, text);
          }
          case CNAM_DELETE ->
              status == 400
                  ? rejectedInput(status, text)
                  : new ConflictException(
                      ProblemType.CALLER_NAME_IN_USE,
                      "Flowroute keeps a caller name numbers still use: " + text);
          case NUMBER_CNAM ->
              detail.mentions("approv", "pending", "rejected", "review")
                  ? new ConflictException(ProblemType.CALLER_NAME_NOT_APPROVED, text)
                  : rejectedInput(status, text);
          default -> rejectedInput(status, text);
        };
    return Optional.ofNullable(error);
  }

  /** Which resource a 404 is about; for a number's relationship, the detail tells. */
  static ProblemType notFoundCode(Endpoint endpoint, FlowrouteDetail detail) {
    return switch (endpoint) {
      case E911, E911_WRITE, E911_DELETE -> ProblemType.E911_NOT_FOUND;
      case CNAM, CNAM_CREATE, CNAM_UPDATE, CNAM_DELETE -> ProblemType.CALLER_NAME_NOT_FOUND;
      case NUMBER_E911 ->
          detail.mentions("e911", "address")
              ? ProblemType.E911_NOT_FOUND
              : ProblemType.NUMBER_NOT_FOUND;
      case NUMBER_CNAM ->
          detail.mentions("cnam", "caller")
              ? ProblemType.CALLER_NAME_NOT_FOUND
              : ProblemType.NUMBER_NOT_FOUND;
      default -> ProblemType.NOT_FOUND;
    };
  }

  /** 400 and 422 are input refused; a 403 or 409 left unrecognised goes to the general mapping. */
  private static DomainException rejectedInput(int status, String text) {
    return status == 400 || status == 422
        ? new ValidationException(ProblemType.FLOWROUTE_REJECTED_INPUT, text)
        : null;
  }
}
