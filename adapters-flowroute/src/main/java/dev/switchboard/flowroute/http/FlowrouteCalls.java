package dev.switchboard.flowroute.http;

import dev.switchboard.domain.shared.ProblemType;
import dev.switchboard.domain.shared.ValidationException;
import dev.switchboard.flowroute.http.FlowrouteNumberErrors.Endpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * How the adapters of Numbers v2, Routes v2, E911 v2 and CNAM v2 call Flowroute: GET, PATCH and
 * DELETE through {@link FlowrouteRetry}, POST exactly once, each call (its retries included) inside
 * {@link FlowrouteGuard}'s timeout and circuit breaker, answers read in full and refusals turned
 * into the domain's errors by {@link FlowrouteNumberErrors}. The REST clients return typed bodies;
 * a refusal arrives as the {@link FlowrouteHttpException} of {@link FlowrouteResponseMapper} and is
 * turned back into a {@link FlowrouteReply}, so the retries, the breaker and the error mapping see
 * the status, {@code Retry-After} and body as before.
 */
public final class FlowrouteCalls {

  /** A guard against a server whose next links never end. */
  static final int MAX_PAGES = 200;

  private final FlowrouteNumberErrors errors;
  private final FlowrouteRetry retry;
  private final FlowrouteGuard guard;

  /** With {@code sleeper} null the retries really wait. */
  public FlowrouteCalls(
      FlowrouteNumberErrors errors, FlowrouteRetry.Sleeper sleeper, FlowrouteGuard guard) {
    this.errors = errors;
    this.retry =
        sleeper == null ? FlowrouteRetry.sleeping(errors) : new FlowrouteRetry(sleeper, errors);
    this.guard = guard;
  }

  /** A GET, repeated if need be, that must succeed with a JSON document. */
  public <T> T get(Endpoint endpoint, Supplier<T> request) {
    T document = succeeded(endpoint, repeatable(request)).value();
    if (document == null) {
      throw JsonApiDocument.invalid("Flowroute's answer is not a JSON object");
    }
    return document;
  }

  /** Every page, following {@code links.next} until Flowroute leaves it out. */
  public <R, T> List<T> all(
      Endpoint endpoint,
      IntFunction<JsonApiCollection<R>> request,
      Function<JsonApiCollection<R>, List<T>> items) {
    List<T> all = new ArrayList<>();
    int offset = 0;
    for (int page = 0; page < MAX_PAGES; page++) {
      int pageOffset = offset;
      JsonApiCollection<R> document = get(endpoint, () -> request.apply(pageOffset));
      all.addAll(items.apply(document));
      int size = document.resources().size();
      if (!document.hasNext() || size == 0) {
        return all;
      }
      offset = document.nextOffset().orElse(pageOffset + size);
      if (offset <= pageOffset) {
        return all;
      }
    }
    throw JsonApiDocument.invalid("Flowroute's list did not end after " + MAX_PAGES + " pages");
  }

  /**
   * A PATCH that relates a number to a resource (an E911 address, a caller name). Flowroute's 404
   * may not say whether the number or the resource is missing: {@code whenNotFound} then runs
   * first, to throw the resource's own not-found when it is the resource.
   */
  public <T> FlowrouteReply<T> relate(
      Endpoint endpoint, Supplier<T> request, Runnable whenNotFound) {
    FlowrouteReply<T> reply = repeatable(request);
    if (reply.status() == 404) {
      whenNotFound.run();
    }
    return succeeded(endpoint, reply);
  }

  /** A DELETE of a resource; a 404 after an attempt that may have worked means done. */
  public void delete(Endpoint endpoint, Supplier<?> request) {
    FlowrouteReply<?> reply = repeatable(request);
    if (reply.status() == 404 && reply.afterUncertainAttempt()) {
      return;
    }
    succeeded(endpoint, reply);
  }

  /** A call that is safe to repeat (GET, PATCH, DELETE), with the retries of the policy. */
  public <T> FlowrouteReply<T> repeatable(Supplier<T> request) {
    return guard.call(() -> retry.run(() -> call(request)));
  }

  /** A call that must not be repeated (a POST): one attempt, whatever happens. */
  public <T> FlowrouteReply<T> once(Supplier<T> request) {
    return guard.call(
        () -> {
          try {
            return call(request);
          } catch (RuntimeException noAnswer) {
            throw errors.fromFailure(noAnswer);
          }
        });
  }

  /** The reply if it is a 2xx, else the domain's error for it. */
  public <T> FlowrouteReply<T> succeeded(Endpoint endpoint, FlowrouteReply<T> reply) {
    if (!reply.success()) {
      throw errors.fromResponse(endpoint, reply.status(), reply.retryAfter(), reply.body());
    }
    return reply;
  }

  /**
   * Flowroute's id of a resource, which is digits; anything else must not reach a URL path.
   *
   * @param code the problem of an invalid id ({@code INVALID_E911_ID})
   * @param what the resource in words ({@code an E911 address})
   */
  public static String pathId(String id, ProblemType code, String what) {
    if (id == null || !id.matches("\\d{1,18}")) {
      throw new ValidationException(code, "'" + id + "' is not " + what + " id");
    }
    return id;
  }

  /**
   * One attempt: the client method's typed answer, or the refusal its {@link
   * FlowrouteResponseMapper} raised; a method returning {@code RestResponse} gives its status.
   */
  private static <T> FlowrouteReply<T> call(Supplier<T> request) {
    T value;
    try {
      value = request.get();
    } catch (RuntimeException failure) {
      Optional<FlowrouteHttpException> answer = FlowrouteHttpException.in(failure);
      if (answer.isPresent()) {
        return FlowrouteReply.refused(answer.get());
      }
      if (FlowrouteHttpException.unreadable(failure)) {
        // Not the parser's words: they name our classes, and the problem reaches API clients.
        return FlowrouteReply.unreadable("it is not the JSON document expected");
      }
      throw failure;
    }
    return FlowrouteReply.answered(
        value instanceof RestResponse<?> response ? response.getStatus() : 200, value);
  }
}
