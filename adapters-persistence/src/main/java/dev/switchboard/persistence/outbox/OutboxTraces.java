package dev.switchboard.persistence.outbox;

import dev.switchboard.domain.events.DomainEvent;
import dev.switchboard.domain.events.TraceContext;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Which trace context an outbox event is stored with: the one current on the thread that writes it
 * (the request's span), or, for work shared by many requests on another thread (a group commit),
 * the context each request had, found by the subject of its events.
 */
public final class OutboxTraces {

  private static final ThreadLocal<Map<String, TraceContext>> ORIGINS = new ThreadLocal<>();

  private static final ThreadLocal<Function<DomainEvent, TraceContext>> BY_EVENT =
      new ThreadLocal<>();

  private OutboxTraces() {}

  /** The W3C trace context current on this thread, or null outside any trace. */
  public static TraceContext current() {
    Map<String, String> carrier = new HashMap<>(4);
    W3CTraceContextPropagator.getInstance().inject(Context.current(), carrier, Map::put);
    return TraceContext.ofNullable(carrier.get("traceparent"), carrier.get("tracestate"));
  }

  /**
   * Runs {@code work}, whose events are stored with the trace context given for their subject
   * (requests' contexts captured on their own threads); events of other subjects take the current
   * one.
   */
  public static <X> X withOrigins(Map<String, TraceContext> bySubject, Supplier<X> work) {
    return within(ORIGINS, bySubject, work);
  }

  /**
   * Runs {@code work}, whose events are stored with the trace context {@code byEvent} finds for
   * them (for work whose subjects are only made inside it, such as the ids of inbound messages); an
   * event it finds none for takes its subject's or the current one.
   */
  public static <X> X withEventOrigins(
      Function<DomainEvent, TraceContext> byEvent, Supplier<X> work) {
    return within(BY_EVENT, byEvent, work);
  }

  /** Runs {@code work} with {@code local} set to {@code value}, and gives the outer value back. */
  private static <T, X> X within(ThreadLocal<T> local, T value, Supplier<X> work) {
    T outer = local.get();
    local.set(value);
    try {
      return work.get();
    } finally {
      if (outer == null) {
        local.remove();
      } else {
        local.set(outer);
      }
    }
  }

  /** The trace context {@code event} is stored with, or null. */
  static TraceContext of(DomainEvent event) {
    Function<DomainEvent, TraceContext> byEvent = BY_EVENT.get();
    if (byEvent != null) {
      TraceContext origin = byEvent.apply(event);
      if (origin != null) {
        return origin;
      }
    }
    return forSubject(event.subject());
  }

  /**
   * The trace context of the request that writes what {@code subject} names (a message, by its id):
   * the one given for it by {@link #withOrigins}, else the current one; null outside any trace.
   */
  public static TraceContext forSubject(String subject) {
    Map<String, TraceContext> origins = ORIGINS.get();
    if (origins != null && subject != null) {
      TraceContext origin = origins.get(subject);
      if (origin != null) {
        return origin;
      }
    }
    return current();
  }
}
