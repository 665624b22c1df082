package dev.switchboard.flowroute.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.shared.ConflictException;
import dev.switchboard.domain.shared.DomainException;
import dev.switchboard.domain.shared.NotFoundException;
import dev.switchboard.domain.shared.UpstreamException;
import dev.switchboard.domain.shared.UpstreamException.Kind;
import dev.switchboard.domain.shared.ValidationException;
import dev.switchboard.flowroute.http.FlowrouteNumberErrors.Endpoint;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Flowroute's E911 and CNAM refusals, with the reference's texts, as the domain's errors. */
class FlowrouteRegistryErrorsTest {

  private static final String GEOCODE =
      """
      {"errors":[{"detail":"Could not geocode this address. Please check the validity of your address.",
        "id":"7fcfd1cd-486b-4159-8484-b710bd4bbab4","status":400,"title":"Client Error"}]}
      """;
  private static final String ZIP =
      """
      {"errors":[{"detail":{"data":{"attributes":{"zip":["ZIP code must be at least 4 and at most 7 digits long"]}}},
        "id":"x","status":422}]}
      """;
  private static final String DUPLICATE_ADDRESS =
      "{\"errors\":[{\"detail\":\"Duplicate address.\",\"id\":\"x\",\"status\":403}]}";
  private static final String NO_EMERGENCY =
      """
      {"errors":[{"detail":"Cannot assign an E911 record to a number that does not support emergency services.",
        "id":"x","status":422}]}
      """;
  private static final String DUPLICATE_CNAM =
      "{\"errors\":[{\"detail\":\"Duplicate CNAM entry found on your account\",\"status\":422}]}";
  private static final String CNAM_NOT_FOUND =
      """
      {"errors":[{"detail":"CNAM record not found. Nothing to delete.","id":"x","status":404,
        "title":"Resource not found"}]}
      """;
  private static final String NOT_FOUND =
      "{\"errors\":[{\"detail\":\"Could not find that resource on your account.\",\"status\":404}]}";
  private static final String NOT_AUTHORIZED =
      "{\"errors\":[{\"detail\":\"\",\"id\":\"5f6a\",\"status\":403,"
          + "\"title\":\"ActionNotAuthorizedError\"}]}";

  private final FlowrouteNumberErrors errors = new FlowrouteNumberErrors(FlowrouteJson.mapper());

  @Test
  void a_geocoding_refusal_is_address_not_found_with_flowroutes_words() {
    DomainException e = errors.fromResponse(Endpoint.E911_WRITE, 400, null, GEOCODE);

    assertThat(e).isInstanceOf(ValidationException.class);
    assertThat(e.code()).isEqualTo("address-not-found");
    assertThat(e.getMessage())
        .isEqualTo("Could not geocode this address. Please check the validity of your address.");
  }

  @Test
  void field_errors_are_rejected_input_with_each_field_and_its_messages() {
    DomainException e = errors.fromResponse(Endpoint.E911_WRITE, 422, null, ZIP);

    assertThat(e).isInstanceOf(ValidationException.class);
    assertThat(e.code()).isEqualTo("flowroute-rejected-input");
    assertThat(e.getMessage())
        .isEqualTo("zip: ZIP code must be at least 4 and at most 7 digits long");
  }

  @Test
  void several_field_errors_are_all_named() {
    String body =
        """
        {"errors":[{"detail":{"data":{"attributes":{"zip":["too short","not digits"],
          "state":["unknown state"]}}},"status":422}]}
        """;

    assertThat(errors.fromResponse(Endpoint.E911_WRITE, 422, null, body).getMessage())
        .isEqualTo("zip: too short, not digits; state: unknown state");
  }

  @Test
  void a_duplicate_address_is_a_conflict() {
    DomainException e = errors.fromResponse(Endpoint.E911_WRITE, 403, null, DUPLICATE_ADDRESS);

    assertThat(e).isInstanceOf(ConflictException.class);
    assertThat(e.code()).isEqualTo("duplicate-address");
    assertThat(e.getMessage()).contains("Duplicate address.");
  }

  @Test
  void a_number_without_emergency_service_is_explained() {
    DomainException e = errors.fromResponse(Endpoint.NUMBER_E911, 422, null, NO_EMERGENCY);

    assertThat(e).isInstanceOf(ValidationException.class);
    assertThat(e.code()).isEqualTo("number-cannot-have-e911");
    assertThat(e.getMessage())
        .isEqualTo(
            "Cannot assign an E911 record to a number that does not support emergency services.");
  }

  @ParameterizedTest
  @ValueSource(ints = {403, 409, 422})
  void a_refused_address_delete_is_an_address_in_use(int status) {
    String body =
        "{\"errors\":[{\"detail\":\"Please disassociate all numbers before deleting.\",\"status\":"
            + status
            + "}]}";

    DomainException e = errors.fromResponse(Endpoint.E911_DELETE, status, null, body);

    assertThat(e).isInstanceOf(ConflictException.class);
    assertThat(e.code()).isEqualTo("e911-in-use");
    assertThat(e.getMessage()).contains("Please disassociate all numbers before deleting.");
  }

  @Test
  void a_duplicate_caller_name_is_a_conflict() {
    DomainException e = errors.fromResponse(Endpoint.CNAM_CREATE, 422, null, DUPLICATE_CNAM);

    assertThat(e).isInstanceOf(ConflictException.class);
    assertThat(e.code()).isEqualTo("duplicate-caller-name");
  }

  @Test
  void a_caller_name_flowroute_refuses_is_rejected_input() {
    String body =
        "{\"errors\":[{\"detail\":{\"value\":[\"must contain at least one letter\"]},\"status\":422}]}";

    DomainException e = errors.fromResponse(Endpoint.CNAM_CREATE, 422, null, body);

    assertThat(e).isInstanceOf(ValidationException.class);
    assertThat(e.code()).isEqualTo("flowroute-rejected-input");
    assertThat(e.getMessage()).isEqualTo("value: must contain at least one letter");
  }

  @ParameterizedTest
  @CsvSource({
    "403, Only pending CNAM records can be updated.",
    "422, This CNAM record has already been approved.",
    "409, Conflict"
  })
  void changing_a_reviewed_caller_name_is_not_pending(int status, String detail) {
    String body = "{\"errors\":[{\"detail\":\"" + detail + "\",\"status\":" + status + "}]}";

    DomainException e = errors.fromResponse(Endpoint.CNAM_UPDATE, status, null, body);

    assertThat(e).isInstanceOf(ConflictException.class);
    assertThat(e.code()).isEqualTo("caller-name-not-pending");
  }

  @ParameterizedTest
  @ValueSource(ints = {403, 409, 422})
  void a_refused_caller_name_delete_is_a_caller_name_in_use(int status) {
    String body =
        "{\"errors\":[{\"detail\":\"CNAM record is associated with numbers.\",\"status\":"
            + status
            + "}]}";

    DomainException e = errors.fromResponse(Endpoint.CNAM_DELETE, status, null, body);

    assertThat(e).isInstanceOf(ConflictException.class);
    assertThat(e.code()).isEqualTo("caller-name-in-use");
  }

  @ParameterizedTest
  @CsvSource({
    "403, CNAM record is not approved.",
    "422, Only approved CNAM records can be associated with numbers.",
    "409, CNAM record is pending review."
  })
  void assigning_an_unapproved_caller_name_is_refused(int status, String detail) {
    String body = "{\"errors\":[{\"detail\":\"" + detail + "\",\"status\":" + status + "}]}";

    DomainException e = errors.fromResponse(Endpoint.NUMBER_CNAM, status, null, body);

    assertThat(e).isInstanceOf(ConflictException.class);
    assertThat(e.code()).isEqualTo("caller-name-not-approved");
    assertThat(e.getMessage()).isEqualTo(detail);
  }

  @ParameterizedTest
  @CsvSource({
    "E911, e911-not-found",
    "E911_WRITE, e911-not-found",
    "E911_DELETE, e911-not-found",
    "NUMBER_E911, number-not-found",
    "CNAM, caller-name-not-found",
    "CNAM_UPDATE, caller-name-not-found",
    "CNAM_DELETE, caller-name-not-found",
    "NUMBER_CNAM, number-not-found"
  })
  void a_404_is_not_found_named_by_the_endpoint(Endpoint endpoint, String code) {
    DomainException e = errors.fromResponse(endpoint, 404, null, NOT_FOUND);

    assertThat(e).isInstanceOf(NotFoundException.class);
    assertThat(e.code()).isEqualTo(code);
    assertThat(e.getMessage()).isEqualTo("Could not find that resource on your account.");
  }

  @Test
  void a_404_about_the_record_on_a_number_relationship_names_the_record() {
    assertThat(errors.fromResponse(Endpoint.NUMBER_CNAM, 404, null, CNAM_NOT_FOUND).code())
        .isEqualTo("caller-name-not-found");
    assertThat(
            errors
                .fromResponse(
                    Endpoint.NUMBER_E911,
                    404,
                    null,
                    "{\"errors\":[{\"detail\":\"E911 record not found.\",\"status\":404}]}")
                .code())
        .isEqualTo("e911-not-found");
  }

  @Test
  void a_403_without_a_detail_is_a_refusal_on_every_registry_endpoint() {
    for (Endpoint endpoint : Endpoint.values()) {
      if (endpoint.registry()) {
        DomainException e = errors.fromResponse(endpoint, 403, null, NOT_AUTHORIZED);

        assertThat(e).isInstanceOf(UpstreamException.class);
        assertThat(((UpstreamException) e).kind()).isEqualTo(Kind.REFUSED);
      }
    }
  }

  @Test
  void credentials_rate_limits_and_outages_map_as_for_numbers() {
    assertThat(((UpstreamException) errors.fromResponse(Endpoint.CNAM, 401, null, "")).kind())
        .isEqualTo(Kind.UNAUTHORIZED);
    UpstreamException limited =
        (UpstreamException) errors.fromResponse(Endpoint.E911, 429, "2", "");
    assertThat(limited.kind()).isEqualTo(Kind.RATE_LIMITED);
    assertThat(limited.retryAfter()).contains(Duration.ofSeconds(2));
    assertThat(((UpstreamException) errors.fromResponse(Endpoint.E911_WRITE, 503, null, "")).kind())
        .isEqualTo(Kind.UNAVAILABLE);
  }
}
