package dev.switchboard.domain.messaging;

import dev.switchboard.domain.events.Outbox;
import dev.switchboard.domain.shared.UnitOfWork;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Use case: take due messages from the queue and hand them to the carrier within its rate, retrying
 * what can be retried and never sending a message twice when its first send may have landed.
 */
public final class DispatchMessages {

  private static final Logger LOG = Logger.getLogger(DispatchMessages.class.getName());
  private static final Duration DEFAULT_RATE_LIMIT_PAUSE = Duration.ofSeconds(1);
  private static final Duration LOOKUP_MARGIN = Duration.ofMinutes(2);

  private final Messages messages;
  private final DeliveryReceipts receipts;
  private final MessageGateway gateway;
  private final Outbox outbox;
  private final MessageEvents events;
  private final UnitOfWork unitOfWork;
  private final Clock clock;
  private final RateLimiter smsRate;
  private final RateLimiter mmsRate;
  private final RetryPolicy retryPolicy;
  private final Duration lease;

  public DispatchMessages(
      Messages messages,
      DeliveryReceipts receipts,
      MessageGateway gateway,
      Outbox outbox,
      MessageEvents events,
      UnitOfWork unitOfWork,
      Clock clock,
      RateLimiter smsRate,
      RateLimiter mmsRate,
      RetryPolicy retryPolicy,
      Duration lease) {
    this.messages = messages;
    this.receipts = receipts;
    this.gateway = gateway;
    this.outbox = outbox;
    this.events = events;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
    this.smsRate = smsRate;
    this.mmsRate = mmsRate;
    this.retryPolicy = retryPolicy;
    this.lease = lease;
  }

  /**
   * Claims up to {@code max} due messages and sends them one after the other.
   *
   * @return how many were claimed (0 means the queue had nothing due)
   */
  public int dispatchBatch(int max) throws InterruptedException {
    List<Claim> claims =
        unitOfWork.inTransaction(() -> messages.claimDue(clock.instant(), max, lease));
    for (Claim claim : claims) {
      dispatch(claim);
    }
    return claims.size();
  }

  /** Sends one claimed message and records what came of it. */
  public void dispatch(Claim claim) throws InterruptedException {
    Message message = claim.message();
    try {
      if (claim.resumed() || CODE_UNCERTAIN.equals(message.failureCode())) {
        Optional<String> landed =
            gateway.findAccepted(message, message.createdAt().minus(LOOKUP_MARGIN));
        if (landed.isPresent()) {
          recordSent(message, landed.get());
          return;
        }
      }
      String mdrId;
      try (RateLimiter.Permit permit = rateOf(message).acquire()) {
        mdrId = gateway.send(message);
      }
      recordSent(message, mdrId);
    } catch (CarrierException e) {
      recordFailure(message, e);
    } catch (InterruptedException e) {
      // The lease lapses and the message is settled by the next dispatcher.
      throw e;
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "unexpected failure sending message " + message.id(), e);
      recordFailure(
          message,
          new CarrierException(
              CarrierException.Kind.UNCERTAIN,
              CODE_UNCERTAIN,
              // The exception's text stays in the log: the reason is stored and published.
              "unexpected error while sending; the message will be looked up before a retry"));
    }
  }

  /**
   * Flowroute counts SMS and MMS separately (5 SMS/s and 1 MMS/s per key), so each kind waits for
   * and is paused by its own limit only.
   */
  private RateLimiter rateOf(Message message) {
    return message.isMms() ? mmsRate : smsRate;
  }

  /** The code kept on a message whose last send may or may not have reached the carrier. */
  public static final String CODE_UNCERTAIN = "uncertain";

  private void recordSent(Message sending, String mdrId) {
    unitOfWork.run(
        () -> {
          receipts.lock(mdrId);
          Instant now = clock.instant();
          Message sent = sending.sent(mdrId, now);
          messages.update(sent);
          outbox.append(events.statusChanged(sent, sending.status(), null));
          Message current = sent;
          List<DeliveryReceipt> early =
              receipts.unmatched(mdrId).stream()
                  .sorted(
                      Comparator.comparing(DeliveryReceipt::timestamp)
                          .thenComparing(DeliveryReceipt::level))
                  .toList();
          if (!early.isEmpty()) {
            receipts.match(mdrId, sent.id());
          }
          for (DeliveryReceipt receipt : early) {
            Optional<Message> next = current.afterReceipt(receipt, now);
            if (next.isPresent()) {
              messages.update(next.get());
              outbox.append(events.statusChanged(next.get(), current.status(), receipt));
              current = next.get();
            }
          }
        });
  }

  private void recordFailure(Message sending, CarrierException e) {
    Instant now = clock.instant();
    Message next;
    if (e.kind() == CarrierException.Kind.PERMANENT) {
      next = sending.failed(e.code(), e.reason(), now);
    } else {
      if (e.kind() == CarrierException.Kind.RATE_LIMITED) {
        rateOf(sending).pause(e.retryAfter().orElse(DEFAULT_RATE_LIMIT_PAUSE));
      }
      Optional<Duration> delay =
          retryPolicy.delayAfter(sending.attempts(), ThreadLocalRandom.current().nextDouble());
      if (delay.isPresent()) {
        Duration wait =
            e.retryAfter().filter(d -> d.compareTo(delay.get()) > 0).orElse(delay.get());
        next = sending.retryAt(now.plus(wait), e.code(), e.reason(), now);
      } else {
        next = sending.failed("retries-exhausted", e.code() + ": " + e.reason(), now);
      }
    }
    Message result = next;
    unitOfWork.run(
        () -> {
          messages.update(result);
          if (result.status() != MessageStatus.QUEUED) {
            outbox.append(events.statusChanged(result, sending.status(), null));
          }
        });
  }
}
