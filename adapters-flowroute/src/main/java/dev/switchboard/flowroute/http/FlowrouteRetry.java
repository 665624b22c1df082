package dev.switchboard.flowroute.http;

import dev.switchboard.domain.shared.ProblemType;
import dev.switchboard.domain.shared.UpstreamException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Repeats a call that is safe to repeat (GET, PATCH, DELETE) when Flowroute is briefly down or
 * rate-limiting: at most 3 attempts, 100 ms then 300 ms apart, or after Flowroute's {@code
 * Retry-After} when that is at most 2 s. POSTs are never given to it.
 */
public final class FlowrouteRetry {

  /** How the wait between attempts is spent; tests pass one that does not sleep. */
  @FunctionalInterface
  public interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;
  }

  static final List<Duration> BACKOFF = List.of(Duration.ofMillis(100), Duration.ofMillis(300));
  static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(2);

  private final Sleeper sleeper;
  private final FlowrouteNumberErrors errors;

  public FlowrouteRetry(Sleeper sleeper, FlowrouteNumberErrors errors) {
    this.sleeper = sleeper;
    this.errors = errors;
  }

  public static FlowrouteRetry sleeping(FlowrouteNumberErrors errors) {
    return new FlowrouteRetry(duration -> Thread.sleep(duration.toMillis()), errors);
  }

  /**
   * The last answer (successful or not) of up to {@link #BACKOFF}.size() + 1 attempts; a call that
   * never got an answer throws the domain's UNAVAILABLE error.
   */
  public <T> FlowrouteReply<T> run(Supplier<FlowrouteReply<T>> attempt) {
    boolean uncertain = false;
    for (int tries = 0; ; tries++) {
      boolean last = tries == BACKOFF.size();
      FlowrouteReply<T> reply;
      try {
        reply = attempt.get();
      } catch (RuntimeException noAnswer) {
        // Interrupted: FlowrouteGuard's timeout for the whole call has passed, no more attempts.
        if (last || interrupted(noAnswer)) {
          throw errors.fromFailure(noAnswer);
        }
        uncertain = true;
        pause(BACKOFF.get(tries));
        continue;
      }
      if (uncertain) {
        reply = reply.markedUncertain();
      }
      if (last || !FlowrouteNumberErrors.retryable(reply.status())) {
        return reply;
      }
      Duration wait = BACKOFF.get(tries);
      if (reply.status() == 429) {
        Optional<Duration> asked = FlowrouteNumberErrors.retryAfter(reply.retryAfter());
        if (asked.isPresent() && asked.get().compareTo(MAX_RETRY_AFTER) > 0) {
          return reply;
        }
        wait = asked.orElse(wait);
      } else {
        uncertain = true;
      }
      pause(wait);
    }
  }

  private static boolean interrupted(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof InterruptedException) {
        return true;
      }
    }
    return Thread.currentThread().isInterrupted();
  }

  private void pause(Duration wait) {
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UpstreamException(
          ProblemType.FLOWROUTE_UNAVAILABLE, "interrupted while waiting to call Flowroute again");
    }
  }
}
