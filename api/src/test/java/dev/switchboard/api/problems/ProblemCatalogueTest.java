package dev.switchboard.api.problems;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.shared.ConflictException;
import dev.switchboard.domain.shared.NotFoundException;
import dev.switchboard.domain.shared.ProblemType;
import dev.switchboard.domain.shared.StorageUnavailableException;
import dev.switchboard.domain.shared.UpstreamException;
import dev.switchboard.domain.shared.ValidationException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The problem types on the wire: every entry of the catalogue with its type and status, as they
 * were answered before the catalogue was typed, as {@code docs/problems.md} documents them, and as
 * {@link ProblemMappers} answers them.
 */
class ProblemCatalogueTest {

  /** The documentation, from the api module's directory (where Maven runs the tests). */
  private static final Path DOC =
      Path.of("").toAbsolutePath().getParent().resolve("docs/problems.md");

  private static final Pattern ROW = Pattern.compile("^\\| `([a-z0-9-]+)` \\| (\\d{3}) \\|.*");

  @Test
  void every_problem_keeps_its_wire_type_and_status() {
    Map<String, Integer> expected = new TreeMap<>();
    // As the API answered before the catalogue was typed; a change here breaks clients.
    """
        invalid-characters 400
        invalid-cursor 400
        invalid-query-parameter 400
        invalid-webhook-payload 400
        malformed-request 400
        unauthorized 401
        forbidden 403
        caller-name-not-found 404
        e911-not-found 404
        media-not-found 404
        message-not-found 404
        opt-out-not-found 404
        no-reconciliation-yet 404
        not-found 404
        number-not-found 404
        route-not-found 404
        method-not-allowed 405
        not-acceptable 406
        caller-name-in-use 409
        caller-name-not-approved 409
        caller-name-not-pending 409
        duplicate-address 409
        duplicate-caller-name 409
        duplicate-route 409
        e911-in-use 409
        flowroute-refused 409
        idempotency-key-reused 409
        message-not-cancelable 409
        media-not-archived 409
        route-in-use 409
        not-available-with-numbers-v1 409
        request-body-too-large 413
        unsupported-media-type 415
        address-not-found 422
        body-too-long 422
        invalid-keywords 422
        invalid-opt-out 422
        built-in-route 422
        caller-name-needs-local-number 422
        empty-update 422
        flowroute-rejected-input 422
        invalid-address 422
        invalid-address-type 422
        invalid-alias 422
        invalid-area-code 422
        invalid-callback-kind 422
        invalid-callback-url 422
        invalid-caller-name 422
        invalid-cnam-id 422
        invalid-country 422
        invalid-e911-id 422
        invalid-edge-strategy 422
        invalid-exchange 422
        invalid-filter 422
        invalid-idempotency-key 422
        invalid-batch 422
        invalid-schedule 422
        invalid-inbound 422
        invalid-limit 422
        invalid-media 422
        media-content-type-not-accepted 422
        media-too-large 422
        media-unreachable 422
        media-url-forbidden 422
        sender-messaging-disabled 422
        sender-not-ours 422
        invalid-media-url 422
        invalid-message 422
        invalid-message-id 422
        invalid-number-type 422
        invalid-offset 422
        invalid-order 422
        invalid-phone-number 422
        invalid-postal-code 422
        invalid-receipt 422
        invalid-recipient 422
        invalid-route-id 422
        invalid-route-slot 422
        invalid-route-type 422
        invalid-route-value 422
        invalid-state 422
        missing-body 422
        missing-cnam 422
        missing-e911 422
        missing-number 422
        missing-route 422
        mms-not-available 422
        number-cannot-have-e911 422
        rate-center-needs-state 422
        recipient-opted-out 422
        same-route-twice 422
        too-many-media 422
        flowroute-rate-limited 429
        internal-error 500
        flowroute-credentials-rejected 502
        database-unavailable 503
        flowroute-invalid-response 503
        flowroute-unavailable 503
        flowroute-circuit-open 503
        media-storage-unavailable 503
        """
        .lines()
        .map(String::strip)
        .map(line -> line.split(" "))
        .forEach(entry -> expected.put(entry[0], Integer.parseInt(entry[1])));

    assertThat(ProblemCatalogue.all()).containsExactlyInAnyOrderEntriesOf(expected);
    for (ProblemType problem : ProblemType.values()) {
      assertThat(Problem.of(problem, "d").type())
          .isEqualTo("https://switchboard.dev/problems/" + problem.code());
    }
    for (HttpProblem problem : HttpProblem.values()) {
      assertThat(Problem.of(problem, "d").type())
          .isEqualTo("https://switchboard.dev/problems/" + problem.code());
    }
  }

  @Test
  void the_documented_problem_types_are_the_catalogue() throws IOException {
    Map<String, Integer> documented = new TreeMap<>();
    for (String line : Files.readAllLines(DOC)) {
      Matcher row = ROW.matcher(line);
      if (row.matches()) {
        assertThat(documented.put(row.group(1), Integer.parseInt(row.group(2))))
            .as("%s documented twice", row.group(1))
            .isNull();
      }
    }

    assertThat(documented).containsExactlyInAnyOrderEntriesOf(ProblemCatalogue.all());
  }

  @Test
  void the_mappers_answer_every_domain_problem_with_its_status_and_type() {
    ProblemMappers mappers = new ProblemMappers();
    for (ProblemType problem : ProblemType.values()) {
      Response response = answer(mappers, problem);

      assertThat(response.getStatus())
          .as(problem.code())
          .isEqualTo(ProblemCatalogue.status(problem));
      assertThat(response.getMediaType()).isEqualTo(Problem.MEDIA_TYPE);
      Problem body = (Problem) response.getEntity();
      assertThat(body.code()).isEqualTo(problem.code());
      assertThat(body.type()).isEqualTo(Problem.TYPE_BASE + problem.code());
      assertThat(body.status()).isEqualTo(response.getStatus());
      assertThat(body.detail()).isEqualTo("what went wrong");
    }
  }

  @Test
  void every_code_is_kebab_case_and_the_http_layer_reuses_no_domain_code() {
    assertThat(ProblemCatalogue.all().keySet())
        .allMatch(code -> code.matches("[a-z0-9]+(-[a-z0-9]+)*"));
    assertThat(ProblemCatalogue.all())
        .hasSize(ProblemType.values().length + HttpProblem.values().length);
  }

  /** The mapper a real request would reach, with an exception of the problem's class. */
  private static Response answer(ProblemMappers mappers, ProblemType problem) {
    String detail = "what went wrong";
    return switch (problem.problemClass()) {
      case MALFORMED, INVALID -> mappers.domain(new ValidationException(problem, detail));
      case NOT_FOUND -> mappers.domain(new NotFoundException(problem, detail));
      case CONFLICT -> mappers.domain(new ConflictException(problem, detail));
      case RATE_LIMITED, MISCONFIGURED -> mappers.upstream(new UpstreamException(problem, detail));
      case UNAVAILABLE ->
          problem == ProblemType.DATABASE_UNAVAILABLE
              ? mappers.storageUnavailable(
                  new StorageUnavailableException(detail, Duration.ofSeconds(1)))
              : mappers.upstream(new UpstreamException(problem, detail));
    };
  }
}
