package dev.switchboard.api.tracing;

import dev.switchboard.domain.messaging.CarrierException;
import dev.switchboard.domain.messaging.Message;
import dev.switchboard.domain.messaging.port.out.MessageGateway;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import java.time.Instant;

/**
 * A span around each dispatch of a message to Flowroute, the parent of the REST client's own span
 * and a child of the span of the request that queued the message ({@link OriginTraceScope}): the
 * dispatcher's workers run outside any request, so without them each send would be a trace of its
 * own with nothing telling which message it was.
 */
public final class TracedMessageGateway implements MessageGateway {

  private final MessageGateway gateway;
  private final Tracer tracer;

  public TracedMessageGateway(MessageGateway gateway, Tracer tracer) {
    this.gateway = gateway;
    this.tracer = tracer;
  }

  @Override
  public String send(Message message) {
    Span span =
        tracer
            .spanBuilder(message.isMms() ? "dispatch MMS" : "dispatch SMS")
            .setSpanKind(SpanKind.INTERNAL)
            .setAttribute("switchboard.message.id", message.id().toString())
            .startSpan();
    try (Scope ignored = span.makeCurrent()) {
      return gateway.send(message);
    } catch (CarrierException e) {
      span.setStatus(StatusCode.ERROR, e.kind().name());
      throw e;
    } catch (RuntimeException e) {
      span.recordException(e);
      span.setStatus(StatusCode.ERROR);
      throw e;
    } finally {
      span.end();
    }
  }

  @Override
  public Lookup findAccepted(Message message, Instant from, Instant to) {
    return gateway.findAccepted(message, from, to);
  }

  @Override
  public void probe() {
    gateway.probe();
  }

  @Override
  public boolean sendsMms() {
    return gateway.sendsMms();
  }
}
