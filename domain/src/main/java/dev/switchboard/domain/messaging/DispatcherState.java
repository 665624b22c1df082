package dev.switchboard.domain.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The dispatcher as operators see it: whether it sends and, if not, why (Flowroute refused the
 * account, or a 429 holds a kind back), its queue by kind against each kind's account rate, and the
 * outbox behind it.
 *
 * @param pausedFor why Flowroute refused the account, empty while it accepts it
 * @param pauseDetail the carrier's code and reason behind that pause, null when none
 * @param rates each kind's sends per second, the account's rate and a 429's hold
 * @param queued outbound messages not yet handed to Flowroute, by kind
 * @param unpublishedEvents events in the outbox not yet published to Kafka
 * @param oldestUnpublished when the oldest of them occurred
 * @param outboxLag how long it has waited (zero when the outbox is empty)
 */
public record DispatcherState(
    Optional<SendingPause.Reason> pausedFor,
    String pauseDetail,
    Map<MessageKind, RateUsage> rates,
    Map<MessageKind, Long> queued,
    long unpublishedEvents,
    Optional<Instant> oldestUnpublished,
    Duration outboxLag) {

  /** True while a 429 holds this kind back. */
  public boolean rateLimited(MessageKind kind) {
    RateUsage usage = rates.get(kind);
    return usage != null && !usage.heldFor().isZero();
  }
}
