package dev.switchboard.domain.messaging.usecase;

import dev.switchboard.domain.events.DomainEvent;
import dev.switchboard.domain.messaging.OptOut;
import dev.switchboard.domain.messaging.OptOutSource;
import dev.switchboard.domain.messaging.event.MessageEvents;
import dev.switchboard.domain.messaging.port.out.OptOuts;
import dev.switchboard.domain.shared.E164Number;
import java.time.Instant;
import java.util.Optional;

/**
 * Changes the opt-out list inside the caller's transaction and gives the event each real change
 * publishes (none when nothing changed), whoever asked: the API, a keyword or the carrier.
 */
final class Consent {

  private final OptOuts optOuts;
  private final MessageEvents events;

  Consent(OptOuts optOuts, MessageEvents events) {
    this.optOuts = optOuts;
    this.events = events;
  }

  /** Records the opt-out; its event when it is new, with the opt-out as recorded. */
  Optional<OptOutResult> optOut(
      Optional<E164Number> ourNumber,
      E164Number peer,
      OptOutSource source,
      String actor,
      String reason,
      Instant at) {
    OptOut optOut = events.newOptOut(ourNumber, peer, source, actor, reason, at);
    return optOuts.add(optOut)
        ? Optional.of(new OptOutResult(optOut, events.optOutAdded(optOut)))
        : Optional.empty();
  }

  /** Removes the opt-out of exactly this pair; its event when there was one. */
  Optional<OptOutResult> optIn(
      Optional<E164Number> ourNumber,
      E164Number peer,
      OptOutSource source,
      String actor,
      String reason,
      Instant at) {
    return optOuts
        .remove(ourNumber, peer)
        .map(
            removed ->
                new OptOutResult(
                    removed, events.optOutRemoved(removed, source, actor, reason, at)));
  }

  /** The opt-out a change was about, and the event it publishes. */
  record OptOutResult(OptOut optOut, DomainEvent event) {}
}
