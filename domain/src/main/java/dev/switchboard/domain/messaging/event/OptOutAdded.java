package dev.switchboard.domain.messaging.event;

import dev.switchboard.domain.events.DomainEvent;
import dev.switchboard.domain.events.EventStream;
import dev.switchboard.domain.messaging.OptOut;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * {@code opt-out.added}: a phone may no longer be texted from one of our numbers (or from any), by
 * its keyword, the carrier's receipt or an API caller. Keyed by the phone, so its changes stay in
 * order.
 */
public record OptOutAdded(UUID id, Instant time, OptOut optOut) implements DomainEvent {

  public OptOutAdded {
    DomainEvent.requireEnvelope(id, time);
    Objects.requireNonNull(optOut, "optOut");
  }

  @Override
  public EventStream stream() {
    return EventStream.OPT_OUTS;
  }

  @Override
  public String key() {
    return optOut.peer().value();
  }

  @Override
  public String subject() {
    return optOut.id().toString();
  }
}
