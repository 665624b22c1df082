package dev.switchboard.api.batching;

import dev.switchboard.domain.events.DomainEvent;
import dev.switchboard.domain.events.TraceContext;
import dev.switchboard.domain.messaging.InboundMessage;
import dev.switchboard.domain.messaging.event.MessageReceived;
import dev.switchboard.domain.messaging.event.MessageStatusChanged;
import dev.switchboard.domain.messaging.event.OptOutAdded;
import dev.switchboard.domain.messaging.event.OptOutRemoved;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The webhook whose trace an event of a shared inbound transaction continues. The ids of inbound
 * messages are made inside the batch, so the webhook is found by what it brought: the text by its
 * Flowroute id, an auto-reply by the pair of numbers it answers, a keyword's opt-out change by the
 * phone that texted it.
 */
final class InboundOrigins {

  private final Map<String, TraceContext> byFlowrouteId = new HashMap<>();
  private final Map<String, TraceContext> byPair = new HashMap<>();
  private final Map<String, TraceContext> byPhone = new HashMap<>();

  InboundOrigins(List<Traced<InboundMessage>> batch) {
    for (Traced<InboundMessage> traced : batch) {
      if (traced.trace() == null) {
        continue;
      }
      InboundMessage inbound = traced.item();
      byFlowrouteId.put(inbound.flowrouteId(), traced.trace());
      byPair.put(pair(inbound.to().value(), inbound.from().value()), traced.trace());
      byPhone.put(inbound.from().value(), traced.trace());
    }
  }

  /** The trace of the webhook that caused {@code event}, or null when none is known. */
  TraceContext of(DomainEvent event) {
    if (event instanceof MessageReceived received) {
      return byFlowrouteId.get(received.message().flowrouteId());
    }
    if (event instanceof MessageStatusChanged changed && changed.message().autoReply()) {
      return byPair.get(pair(changed.message().from().value(), changed.message().to().value()));
    }
    if (event instanceof OptOutAdded added) {
      return byPhone.get(added.optOut().peer().value());
    }
    if (event instanceof OptOutRemoved removed) {
      return byPhone.get(removed.optOut().peer().value());
    }
    return null;
  }

  private static String pair(String ours, String peer) {
    return ours + " " + peer;
  }
}
