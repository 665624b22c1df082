package dev.switchboard.domain.messaging.event;

import dev.switchboard.domain.events.DomainEvent;
import dev.switchboard.domain.events.EventStream;
import dev.switchboard.domain.messaging.OptOut;
import dev.switchboard.domain.messaging.OptOutSource;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * {@code opt-out.removed}: an opt-out no longer holds, by the phone's START or an API caller. Keyed
 * by the phone, so its changes stay in order.
 *
 * @param optOut the opt-out as it was recorded
 * @param source, actor, reason who removed it and why
 * @param time when it was removed
 */
public record OptOutRemoved(
    UUID id, Instant time, OptOut optOut, OptOutSource source, String actor, String reason)
    implements DomainEvent {

  public OptOutRemoved {
    DomainEvent.requireEnvelope(id, time);
    Objects.requireNonNull(optOut, "optOut");
    Objects.requireNonNull(source, "source");
    actor = actor == null || actor.isBlank() ? source.actor() : actor;
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
