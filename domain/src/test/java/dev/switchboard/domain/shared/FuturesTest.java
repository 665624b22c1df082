package dev.switchboard.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class FuturesTest {

  @Test
  void then_answers_what_the_next_step_makes_of_the_value() {
    CompletableFuture<Integer> answer = new CompletableFuture<>();

    CompletableFuture<String> next = Futures.then(answer, i -> "n" + i);
    answer.complete(4);

    assertThat(next).isCompletedWithValue("n4");
  }

  @Test
  void then_passes_a_failure_on_as_itself_even_when_it_arrives_wrapped() {
    CompletableFuture<Integer> answer = new CompletableFuture<>();

    CompletableFuture<String> next = Futures.then(answer, i -> "never");
    answer.completeExceptionally(
        new CompletionException(new ValidationException(ProblemType.INVALID_FILTER, "no")));

    assertThat(next)
        .failsWithin(Duration.ofSeconds(1))
        .withThrowableOfType(ExecutionException.class)
        .havingCause()
        .isExactlyInstanceOf(ValidationException.class);
  }

  @Test
  void then_fails_with_what_the_next_step_throws() {
    CompletableFuture<String> next =
        Futures.then(
            CompletableFuture.completedFuture(1),
            i -> {
              throw new ConflictException(ProblemType.DUPLICATE_ROUTE, "already there");
            });

    assertThatThrownBy(() -> Futures.await(next)).isExactlyInstanceOf(ConflictException.class);
  }

  @Test
  void await_keeps_an_interrupt_and_still_answers() {
    CompletableFuture<String> answer = new CompletableFuture<>();
    Thread caller = Thread.currentThread();
    Thread later =
        new Thread(
            () -> {
              caller.interrupt();
              sleep(50);
              answer.complete("done");
            });
    later.start();

    assertThat(Futures.await(answer)).isEqualTo("done");
    assertThat(Thread.interrupted()).isTrue();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
