package dev.switchboard.flowroute.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.shared.ConflictException;
import dev.switchboard.domain.shared.DomainException;
import dev.switchboard.domain.shared.NotFoundException;
import dev.switchboard.domain.shared.UpstreamException;
import dev.switchboard.domain.shared.UpstreamException.Kind;
import dev.switchboard.domain.shared.ValidationException;
import dev.switchboard.flowroute.http.FlowrouteNumberErrors.Endpoint;
import jakarta.ws.rs.ProcessingException;
import java.net.ConnectException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FlowrouteNumberErrorsTest {

  private static final String NOT_FOUND =
      "{\"errors\":[{\"detail\":\"Could not find that resource on your account.\","
          + "\"id\":\"1b2c\",\"status\":404}]}";
  private static final String IN_USE =
      "{\"errors\":[{\"detail\":\"This Route has numbers still associated to it.\","
          + "\"id\":\"3d4e\",\"status\":403,\"title\":\"Forbidden\"}]}";
  private static final String NOT_AUTHORIZED =
      "{\"errors\":[{\"detail\":\"\",\"id\":\"5f6a\",\"status\":403,"
          + "\"title\":\"ActionNotAuthorizedError\"}]}";

  private final FlowrouteNumberErrors errors = new FlowrouteNumberErrors(FlowrouteJson.mapper());

  @ParameterizedTest
  @CsvSource({
    "NUMBER, number-not-found",
    "ROUTE, route-not-found",
    "ROUTE_DELETE, route-not-found",
    "ROUTE_WRITE, route-not-found",
    "NUMBER_ROUTE, not-found",
    "CATALOGUE, not-found"
  })
  void a_404_is_not_found_named_by_the_endpoint_with_flowroutes_detail(
      Endpoint endpoint, String code) {
    DomainException e = errors.fromResponse(endpoint, 404, null, NOT_FOUND);

    assertThat(e).isInstanceOf(NotFoundException.class);
    assertThat(e.code()).isEqualTo(code);
    assertThat(e.getMessage()).isEqualTo("Could not find that resource on your account.");
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 422})
  void rejected_input_is_a_validation_error_with_flowroutes_detail(int status) {
    DomainException e =
        errors.fromResponse(
            Endpoint.CATALOGUE,
            status,
            null,
            "{\"errors\":[{\"detail\":\"rate_center requires state\",\"id\":\"x\",\"status\":"
                + status
                + "}]}");

    assertThat(e).isInstanceOf(ValidationException.class);
    assertThat(e.code()).isEqualTo("flowroute-rejected-input");
    assertThat(e.getMessage()).isEqualTo("rate_center requires state");
  }

  @Test
  void an_object_detail_is_rendered_as_compact_json() {
    DomainException e =
        errors.fromResponse(
            Endpoint.ROUTE_WRITE,
            422,
            null,
            """
            {"errors":[{"detail":{"data":{"attributes":{"value":["not a host"]}}},
              "id":"x","status":422}]}
            """);

    assertThat(e.getMessage())
        .isEqualTo("{\"data\":{\"attributes\":{\"value\":[\"not a host\"]}}}");
  }

  @Test
  void a_refused_route_delete_is_a_route_in_use_conflict() {
    DomainException e = errors.fromResponse(Endpoint.ROUTE_DELETE, 403, null, IN_USE);

    assertThat(e).isInstanceOf(ConflictException.class);
    assertThat(e.code()).isEqualTo("route-in-use");
    assertThat(e.getMessage()).contains("This Route has numbers still associated to it.");
  }

  @Test
  void a_route_in_use_titled_not_authorised_is_still_a_conflict() {
    DomainException e =
        errors.fromResponse(
            Endpoint.ROUTE_DELETE,
            403,
            null,
            "{\"errors\":[{\"detail\":\"Please disassociate all numbers before deleting.\","
                + "\"status\":403,\"title\":\"ActionNotAuthorizedError\"}]}");

    assertThat(e).isInstanceOf(ConflictException.class);
    assertThat(e.code()).isEqualTo("route-in-use");
  }

  @Test
  void a_refused_route_creation_is_a_duplicate_route_conflict() {
    DomainException e =
        errors.fromResponse(
            Endpoint.ROUTE_WRITE,
            403,
            null,
            "{\"errors\":[{\"detail\":\"Route already exists.\",\"id\":\"x\",\"status\":403}]}");

    assertThat(e).isInstanceOf(ConflictException.class);
    assertThat(e.code()).isEqualTo("duplicate-route");
  }

  @Test
  void a_403_without_a_detail_is_a_refusal_even_on_route_endpoints() {
    DomainException e = errors.fromResponse(Endpoint.ROUTE_DELETE, 403, null, NOT_AUTHORIZED);

    assertThat(e).isInstanceOf(UpstreamException.class);
    assertThat(((UpstreamException) e).kind()).isEqualTo(Kind.REFUSED);
    assertThat(e.code()).isEqualTo("flowroute-refused");
    assertThat(e.getMessage()).isEqualTo("ActionNotAuthorizedError");
  }

  @Test
  void a_403_elsewhere_is_a_refusal() {
    DomainException e = errors.fromResponse(Endpoint.NUMBER_ROUTE, 403, null, IN_USE);

    assertThat(((UpstreamException) e).kind()).isEqualTo(Kind.REFUSED);
    assertThat(e.code()).isEqualTo("flowroute-refused");
  }

  @Test
  void rejected_credentials_are_unauthorized_without_echoing_flowroutes_answer() {
    DomainException e =
        errors.fromResponse(
            Endpoint.NUMBER,
            401,
            null,
            "{\"errors\":[{\"detail\":\"Authentication failed for 1111111:hunter2\",\"status\":401}]}");

    assertThat(((UpstreamException) e).kind()).isEqualTo(Kind.UNAUTHORIZED);
    assertThat(e.code()).isEqualTo("flowroute-credentials-rejected");
    assertThat(e.getMessage()).doesNotContain("hunter2").doesNotContain("1111111");
  }

  @Test
  void too_many_requests_is_rate_limited_with_its_retry_after() {
    UpstreamException e = (UpstreamException) errors.fromResponse(Endpoint.NUMBER, 429, "3", "");

    assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
    assertThat(e.code()).isEqualTo("flowroute-rate-limited");
    assertThat(e.retryAfter()).contains(Duration.ofSeconds(3));
  }

  @ParameterizedTest
  @ValueSource(ints = {500, 502, 503, 504, 408})
  void server_errors_are_unavailable(int status) {
    UpstreamException e =
        (UpstreamException) errors.fromResponse(Endpoint.CATALOGUE, status, null, "<html/>");

    assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE);
    assertThat(e.code()).isEqualTo("flowroute-unavailable");
  }

  @Test
  void a_call_without_an_answer_is_unavailable() {
    UpstreamException e =
        (UpstreamException)
            errors.fromFailure(new ProcessingException(new ConnectException("Connection refused")));

    assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE);
    assertThat(e.code()).isEqualTo("flowroute-unavailable");
    // Our words for the kind of failure, never the exception's own text.
    assertThat(e.getMessage()).isEqualTo("no answer from Flowroute: connection refused");
  }

  @Test
  void a_partial_failure_is_flowroutes_first_detail_or_a_generic_text() {
    assertThat(
            errors.partialFailure(
                "{\"errors\":[{\"detail\":\"Messaging could not be enabled.\",\"status\":207}]}"))
        .isEqualTo("Messaging could not be enabled.");
    assertThat(errors.partialFailure("{\"data\":{\"type\":\"number\"}}"))
        .isEqualTo("Flowroute could not set up messaging for this number (HTTP 207)");
    assertThat(errors.partialFailure("")).contains("HTTP 207");
  }
}
