package dev.switchboard.api.tracing;

import dev.switchboard.domain.events.TraceContext;
import dev.switchboard.domain.messaging.Claim;
import dev.switchboard.domain.messaging.port.out.DispatchScope;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.util.HashMap;
import java.util.Map;

/**
 * Each dispatch runs in the trace of the request that queued its message (the context stored with
 * the message at acceptance): the dispatch span ({@link TracedMessageGateway}) becomes a child of
 * that request's span, and the status events the dispatch writes carry that trace on Kafka, so a
 * consumer sees one trace from {@code POST /v1/messages} to {@code SENT}.
 */
public final class OriginTraceScope implements DispatchScope {

  private static final TextMapGetter<Map<String, String>> MAP =
      new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
          return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
          return carrier == null ? null : carrier.get(key);
        }
      };

  @Override
  public void run(Claim claim, Dispatch dispatch) throws InterruptedException {
    TraceContext origin = claim.origin();
    if (origin == null) {
      dispatch.run();
      return;
    }
    Map<String, String> carrier = new HashMap<>(4);
    carrier.put("traceparent", origin.traceparent());
    if (origin.tracestate() != null) {
      carrier.put("tracestate", origin.tracestate());
    }
    Context context = W3CTraceContextPropagator.getInstance().extract(Context.root(), carrier, MAP);
    try (Scope ignored = context.makeCurrent()) {
      dispatch.run();
    }
  }
}
