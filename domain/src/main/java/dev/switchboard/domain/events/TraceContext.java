package dev.switchboard.domain.events;

/**
 * The W3C trace context of the request that caused an event, as plain header values, so that the
 * event's consumers continue that trace. Captured by the adapters, never by the domain's events.
 *
 * @param traceparent the W3C {@code traceparent} value
 * @param tracestate the W3C {@code tracestate} value, or null when the trace has none
 */
public record TraceContext(String traceparent, String tracestate) {

  public TraceContext {
    if (traceparent == null || traceparent.isBlank()) {
      throw new IllegalArgumentException("a trace context needs its traceparent");
    }
    if (tracestate != null && tracestate.isBlank()) {
      tracestate = null;
    }
  }

  /** The context, or null when there is no traceparent to carry. */
  public static TraceContext ofNullable(String traceparent, String tracestate) {
    return traceparent == null || traceparent.isBlank()
        ? null
        : new TraceContext(traceparent, tracestate);
  }
}
