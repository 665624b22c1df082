package dev.switchboard.flowroute.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.messaging.CarrierException;
import dev.switchboard.domain.messaging.CarrierException.Kind;
import dev.switchboard.domain.messaging.usecase.DispatchMessages;
import jakarta.ws.rs.ProcessingException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FlowrouteErrorsTest {

  private final FlowrouteErrors errors = new FlowrouteErrors(FlowrouteJson.mapper());

  @ParameterizedTest
  @ValueSource(ints = {400, 404, 405, 415, 422})
  void refusals_are_permanent_with_the_status_as_code(int status) {
    CarrierException e = errors.fromResponse(status, null, "");

    assertThat(e.kind()).isEqualTo(Kind.PERMANENT);
    assertThat(e.code()).isEqualTo("http-" + status);
    assertThat(e.retryAfter()).isEmpty();
  }

  /** A 502/504 from a proxy in front of Flowroute can follow an accepted send. */
  @ParameterizedTest
  @ValueSource(ints = {500, 502, 503, 504})
  void server_errors_are_uncertain_with_their_retry_after(int status) {
    CarrierException e = errors.fromResponse(status, "12", "<html>oops</html>");

    assertThat(e.kind()).isEqualTo(Kind.UNCERTAIN);
    assertThat(e.code()).isEqualTo("http-" + status);
    assertThat(e.reason()).isEqualTo("Flowroute answered HTTP " + status);
    assertThat(e.retryAfter()).contains(Duration.ofSeconds(12));
  }

  @Test
  void a_401_is_about_the_account() {
    CarrierException e =
        errors.fromResponse(
            401,
            null,
            "{\"errors\":[{\"status\":401,\"title\":\"Unauthorized\",\"detail\":\"Authentication failed.\"}]}");

    assertThat(e.kind()).isEqualTo(Kind.UNAUTHORIZED);
    assertThat(e.code()).isEqualTo("http-401");
  }

  /**
   * Flowroute reference §1.2: a sub-account without API rights answers 403 with an empty detail and
   * title ActionNotAuthorizedError; §6.1: a {@code from} not owned or not messaging-enabled answers
   * 403 about that number.
   */
  @Test
  void a_403_naming_a_number_fails_the_message_and_any_other_pauses_the_account() {
    CarrierException number =
        errors.fromResponse(
            403,
            null,
            "{\"errors\":[{\"status\":403,\"title\":\"ActionNotAuthorizedError\","
                + "\"detail\":\"The from number 12065550103 is not on your account.\"}]}");
    CarrierException messaging =
        errors.fromResponse(
            403,
            null,
            "{\"errors\":[{\"status\":403,\"detail\":\"Number does not have messaging enabled\"}]}");
    CarrierException account =
        errors.fromResponse(
            403,
            null,
            "{\"errors\":[{\"detail\":\"\",\"id\":\"x\",\"status\":403,"
                + "\"title\":\"ActionNotAuthorizedError\"}]}");

    assertThat(number.kind()).isEqualTo(Kind.PERMANENT);
    assertThat(messaging.kind()).isEqualTo(Kind.PERMANENT);
    assertThat(account.kind()).isEqualTo(Kind.UNAUTHORIZED);
    assertThat(errors.fromResponse(403, null, null).kind()).isEqualTo(Kind.UNAUTHORIZED);
  }

  @Test
  void too_many_requests_is_rate_limited_with_retry_after() {
    CarrierException e = errors.fromResponse(429, "7", null);

    assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
    assertThat(e.code()).isEqualTo("http-429");
    assertThat(e.retryAfter()).contains(Duration.ofSeconds(7));
  }

  @Test
  void too_many_requests_without_a_usable_retry_after_has_none() {
    assertThat(errors.fromResponse(429, null, null).retryAfter()).isEmpty();
    assertThat(errors.fromResponse(429, "Wed, 21 Oct 2015 07:28:00 GMT", null).retryAfter())
        .isEmpty();
  }

  @Test
  void the_reason_is_the_first_error_detail() {
    CarrierException e =
        errors.fromResponse(
            422,
            null,
            """
            {"errors":[{"id":"7fcf","status":422,"title":"Client Error",
              "detail":"Error fetching media: File at \\"https://x/y.gif\\" is over 767840 byte limit."},
              {"id":"2","status":422,"detail":"second"}]}
            """);

    assertThat(e.reason())
        .isEqualTo("Error fetching media: File at \"https://x/y.gif\" is over 767840 byte limit.");
  }

  @Test
  void an_object_detail_becomes_compact_json() {
    CarrierException e =
        errors.fromResponse(
            422,
            null,
            """
            {"errors":[{"detail":{"data":{"attributes":{"to":["invalid number"]}}},
              "id":"x","status":422}]}
            """);

    assertThat(e.reason()).isEqualTo("{\"data\":{\"attributes\":{\"to\":[\"invalid number\"]}}}");
  }

  @Test
  void an_empty_detail_gives_way_to_the_title() {
    CarrierException e =
        errors.fromResponse(
            403,
            null,
            """
            {"errors":[{"detail":"","id":"u","status":403,"title":"ActionNotAuthorizedError"}]}
            """);

    assertThat(e.reason()).isEqualTo("ActionNotAuthorizedError");
  }

  @Test
  void a_refused_connection_is_transient() {
    CarrierException e =
        errors.fromFailure(
            new ProcessingException(new ConnectException("Connection refused: /127.0.0.1:1")));

    assertThat(e.kind()).isEqualTo(Kind.TRANSIENT);
    assertThat(e.code()).isEqualTo(FlowrouteErrors.CODE_CONNECT);
  }

  @Test
  void an_unknown_host_is_transient() {
    CarrierException e =
        errors.fromFailure(
            new ProcessingException(
                new RuntimeException(new UnknownHostException("api.flowroute.invalid"))));

    assertThat(e.kind()).isEqualTo(Kind.TRANSIENT);
    assertThat(e.code()).isEqualTo("connect");
  }

  @Test
  void a_timeout_or_reset_after_sending_is_uncertain() {
    CarrierException timeout =
        errors.fromFailure(new ProcessingException(new TimeoutException("idle timeout")));
    CarrierException reset =
        errors.fromFailure(new ProcessingException(new SocketException("Connection reset")));
    CarrierException closed = errors.fromFailure(new ProcessingException(new IOException()));

    assertThat(timeout.kind()).isEqualTo(Kind.UNCERTAIN);
    assertThat(timeout.code()).isEqualTo(DispatchMessages.CODE_UNCERTAIN);
    assertThat(reset.kind()).isEqualTo(Kind.UNCERTAIN);
    assertThat(closed.kind()).isEqualTo(Kind.UNCERTAIN);
  }

  @Test
  void a_failed_calls_reason_is_ours_never_the_exceptions_text() {
    CarrierException refused =
        errors.fromFailure(
            new ProcessingException(
                new ConnectException("Connection refused: /10.1.2.3:8443 secret-host")));
    CarrierException timeout =
        errors.fromFailure(new ProcessingException(new TimeoutException("idle timeout 10.1.2.3")));
    CarrierException other =
        errors.fromFailure(new IllegalStateException("dev.switchboard.Internal blew up"));

    assertThat(refused.reason()).isEqualTo("cannot connect to Flowroute: connection refused");
    assertThat(timeout.reason())
        .isEqualTo("no answer from Flowroute, it may have taken the message: timed out");
    assertThat(other.reason()).doesNotContain("dev.switchboard").doesNotContain("blew up");
  }
}
