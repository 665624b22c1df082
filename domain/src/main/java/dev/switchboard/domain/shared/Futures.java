package dev.switchboard.domain.shared;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;

/**
 * Waiting for and chaining answers that complete later, keeping a failure as itself: callers map
 * failures to problems by their class, which a {@link CompletionException} wrapper would hide.
 */
public final class Futures {

  private Futures() {}

  /**
   * Waits for {@code answer} and returns its value or throws its own failure. An interrupt does not
   * end the wait (the work is under way and its caller must learn how it ended); it is kept.
   */
  public static <T> T await(CompletableFuture<T> answer) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return answer.get();
        } catch (InterruptedException e) {
          interrupted = true;
        } catch (ExecutionException e) {
          throw unchecked(e.getCause());
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * What {@code next} makes of {@code answer}'s value, once it has one; a failure of either is
   * passed on as itself.
   */
  public static <T, U> CompletableFuture<U> then(
      CompletableFuture<T> answer, Function<? super T, ? extends U> next) {
    CompletableFuture<U> result = new CompletableFuture<>();
    answer.whenComplete(
        (value, failure) -> {
          if (failure != null) {
            result.completeExceptionally(unwrapped(failure));
            return;
          }
          try {
            result.complete(next.apply(value));
          } catch (RuntimeException | Error thrown) {
            result.completeExceptionally(thrown);
          }
        });
    return result;
  }

  private static Throwable unwrapped(Throwable failure) {
    return failure instanceof CompletionException && failure.getCause() != null
        ? failure.getCause()
        : failure;
  }

  private static RuntimeException unchecked(Throwable failure) {
    Throwable cause = unwrapped(failure);
    if (cause instanceof RuntimeException runtime) {
      return runtime;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    return new IllegalStateException(cause);
  }
}
