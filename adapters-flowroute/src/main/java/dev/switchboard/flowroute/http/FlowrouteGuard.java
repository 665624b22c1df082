package dev.switchboard.flowroute.http;

import dev.switchboard.domain.shared.ProblemType;
import dev.switchboard.domain.shared.UpstreamException;
import io.smallrye.faulttolerance.api.Guard;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * The SmallRye Fault Tolerance guard of the synchronous Flowroute calls (numbers, routes, E911,
 * CNAM): one timeout for a call with its retries, and one circuit breaker shared by all of them, so
 * that while Flowroute is failing a request is answered {@code flowroute-circuit-open} at once. The
 * dispatcher's sends do not pass here: they keep their own durable retries.
 */
@Singleton
public class FlowrouteGuard {

  /** The breaker's name, for {@code CircuitBreakerMaintenance} and the fault-tolerance metrics. */
  public static final String NAME = "flowroute";

  private static final FlowrouteGuard UNGUARDED = new FlowrouteGuard(null, null, null);

  private final Guard guard;
  private final Duration timeout;
  private final Duration openFor;

  @Inject
  FlowrouteGuard(FlowrouteConfig config) {
    this(
        Guard.create()
            .withDescription(NAME)
            .withTimeout()
            .duration(config.callTimeout().toMillis(), ChronoUnit.MILLIS)
            .done()
            .withCircuitBreaker()
            .name(NAME)
            .requestVolumeThreshold(config.circuitBreaker().requestVolumeThreshold())
            .failureRatio(config.circuitBreaker().failureRatio())
            .delay(config.circuitBreaker().delay().toMillis(), ChronoUnit.MILLIS)
            .successThreshold(config.circuitBreaker().successThreshold())
            .when(FlowrouteGuard::isFailure)
            .done()
            .build(),
        config.callTimeout(),
        config.circuitBreaker().delay());
  }

  private FlowrouteGuard(Guard guard, Duration timeout, Duration openFor) {
    this.guard = guard;
    this.timeout = timeout;
    this.openFor = openFor;
  }

  /** No timeout and no breaker: for the adapters' unit tests, which build them by hand. */
  public static FlowrouteGuard unguarded() {
    return UNGUARDED;
  }

  /**
   * The reply of {@code call}; a 5xx reply counts as a failure of Flowroute for the breaker but is
   * still handed back, so that the caller's error mapping (and a DELETE's 404 rule) stays the same.
   */
  @SuppressWarnings("unchecked")
  <T> FlowrouteReply<T> call(Supplier<FlowrouteReply<T>> call) {
    if (guard == null) {
      return call.get();
    }
    try {
      return (FlowrouteReply<T>)
          guard.get(
              () -> {
                FlowrouteReply<?> reply = call.get();
                if (reply.status() >= 500) {
                  throw new FailedReply(reply);
                }
                return reply;
              },
              FlowrouteReply.class);
    } catch (FailedReply failed) {
      return (FlowrouteReply<T>) failed.reply;
    } catch (CircuitBreakerOpenException open) {
      throw new UpstreamException(
          ProblemType.FLOWROUTE_CIRCUIT_OPEN,
          "Flowroute has been failing; calls to it are paused for a while, try again later",
          openFor);
    } catch (TimeoutException slow) {
      throw new UpstreamException(
          ProblemType.FLOWROUTE_UNAVAILABLE,
          "Flowroute did not answer within " + timeout.toMillis() + " ms, retries included");
    }
  }

  /** Flowroute down, slow or answering 5xx; its refusals of our input are answers, not failures. */
  private static boolean isFailure(Throwable failure) {
    return failure instanceof FailedReply
        || failure instanceof TimeoutException
        || (failure instanceof UpstreamException upstream
            && upstream.kind() == UpstreamException.Kind.UNAVAILABLE);
  }

  /** Carries a 5xx reply through the guard, so that the breaker counts it. */
  private static final class FailedReply extends RuntimeException {
    private final transient FlowrouteReply<?> reply;

    FailedReply(FlowrouteReply<?> reply) {
      super(null, null, false, false);
      this.reply = reply;
    }
  }
}
