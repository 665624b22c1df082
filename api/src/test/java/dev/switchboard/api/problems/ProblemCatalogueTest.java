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
    put(
        expected,
        400,
        "invalid-characters",
        "invalid-cursor",
        "invalid-query-parameter",
        "invalid-webhook-payload",
        "malformed-request");
    put(expected, 401, "unauthorized");
    put(expected, 403, "forbidden");
    put(
        expected,
        404,
        "caller-name-not-found",
        "e911-not-found",
        "message-not-found",
        "no-reconciliation-yet",
        "not-found",
        "number-not-found",
        "route-not-found");
    put(expected, 405, "method-not-allowed");
    put(expected, 406, "not-acceptable");
    put(
        expected,
        409,
        "caller-name-in-use",
        "caller-name-not-approved",
        "caller-name-not-pending",
        "duplicate-address",
        "duplicate-caller-name",
        "duplicate-route",
        "e911-in-use",
        "flowroute-refused",
        "idempotency-key-reused",
        "route-in-use");
    put(expected, 413, "request-body-too-large");
    put(expected, 415, "unsupported-media-type");
    put(
        expected,
        422,
        "address-not-found",
        "body-too-long",
        "built-in-route",
        "caller-name-needs-local-number",
        "empty-update",
        "flowroute-rejected-input",
        "invalid-address",
        "invalid-address-type",
        "invalid-alias",
        "invalid-area-code",
        "invalid-callback-kind",
        "invalid-callback-url",
        "invalid-caller-name",
        "invalid-cnam-id",
        "invalid-country",
        "invalid-e911-id",
        "invalid-edge-strategy",
        "invalid-exchange",
        "invalid-filter",
        "invalid-idempotency-key",
        "invalid-inbound",
        "invalid-limit",
        "invalid-media",
        "invalid-media-url",
        "invalid-message",
        "invalid-message-id",
        "invalid-number-type",
        "invalid-offset",
        "invalid-order",
        "invalid-phone-number",
        "invalid-postal-code",
        "invalid-receipt",
        "invalid-recipient",
        "invalid-route-id",
        "invalid-route-slot",
        "invalid-route-type",
        "invalid-route-value",
        "invalid-state",
        "missing-body",
        "missing-cnam",
        "missing-e911",
        "missing-number",
        "missing-route",
        "number-cannot-have-e911",
        "rate-center-needs-state",
        "recipient-opted-out",
        "same-route-twice",
        "too-many-media");
    put(expected, 429, "flowroute-rate-limited");
    put(expected, 500, "internal-error");
    put(expected, 502, "flowroute-credentials-rejected");
    put(
        expected,
        503,
        "database-unavailable",
        "flowroute-invalid-response",
        "flowroute-unavailable");

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

  private static void put(Map<String, Integer> expected, int status, String... codes) {
    for (String code : codes) {
      expected.put(code, status);
    }
  }
}
