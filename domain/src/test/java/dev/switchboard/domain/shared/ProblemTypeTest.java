package dev.switchboard.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The catalogue of refusals, and the exceptions that carry them. */
class ProblemTypeTest {

  @Test
  void every_code_is_kebab_case_and_names_one_problem() {
    assertThat(Arrays.stream(ProblemType.values()).map(ProblemType::code))
        .allMatch(code -> code.matches("[a-z0-9]+(-[a-z0-9]+)*"))
        .doesNotHaveDuplicates();
  }

  @Test
  void each_exception_carries_only_problems_of_its_classes() {
    assertOnly(
        p -> new ValidationException(p, "x"),
        EnumSet.of(ProblemClass.MALFORMED, ProblemClass.INVALID));
    assertOnly(p -> new NotFoundException(p, "x"), EnumSet.of(ProblemClass.NOT_FOUND));
    assertOnly(p -> new ConflictException(p, "x"), EnumSet.of(ProblemClass.CONFLICT));
    assertOnly(
        p -> new UpstreamException(p, "x"),
        EnumSet.of(
            ProblemClass.CONFLICT,
            ProblemClass.RATE_LIMITED,
            ProblemClass.MISCONFIGURED,
            ProblemClass.UNAVAILABLE));
  }

  @Test
  void an_upstream_refusal_is_of_the_kind_its_problem_tells() {
    assertThat(new UpstreamException(ProblemType.FLOWROUTE_UNAVAILABLE, "x").kind())
        .isEqualTo(UpstreamException.Kind.UNAVAILABLE);
    assertThat(new UpstreamException(ProblemType.FLOWROUTE_INVALID_RESPONSE, "x").kind())
        .isEqualTo(UpstreamException.Kind.UNAVAILABLE);
    assertThat(new UpstreamException(ProblemType.FLOWROUTE_RATE_LIMITED, "x").kind())
        .isEqualTo(UpstreamException.Kind.RATE_LIMITED);
    assertThat(new UpstreamException(ProblemType.FLOWROUTE_CREDENTIALS_REJECTED, "x").kind())
        .isEqualTo(UpstreamException.Kind.UNAUTHORIZED);
    assertThat(new UpstreamException(ProblemType.FLOWROUTE_REFUSED, "x").kind())
        .isEqualTo(UpstreamException.Kind.REFUSED);
  }

  @Test
  void a_database_outage_is_its_own_problem() {
    StorageUnavailableException e =
        new StorageUnavailableException("down", java.time.Duration.ofSeconds(1));

    assertThat(e.problem()).isEqualTo(ProblemType.DATABASE_UNAVAILABLE);
    assertThat(e.code()).isEqualTo("database-unavailable");
  }

  private static void assertOnly(
      Function<ProblemType, DomainException> create, Set<ProblemClass> classes) {
    for (ProblemType problem : ProblemType.values()) {
      if (classes.contains(problem.problemClass())) {
        DomainException e = create.apply(problem);
        assertThat(e.problem()).isEqualTo(problem);
        assertThat(e.code()).isEqualTo(problem.code());
      } else {
        assertThatThrownBy(() -> create.apply(problem))
            .as(problem.name())
            .isInstanceOf(IllegalArgumentException.class);
      }
    }
  }
}
