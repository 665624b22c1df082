package dev.switchboard.domain.messaging.usecase;

import dev.switchboard.domain.events.port.out.Outbox;
import dev.switchboard.domain.messaging.CarrierException;
import dev.switchboard.domain.messaging.Claim;
import dev.switchboard.domain.messaging.DeliveryReceipt;
import dev.switchboard.domain.messaging.DispatchSettings;
import dev.switchboard.domain.messaging.Message;
import dev.switchboard.domain.messaging.MessageKind;
import dev.switchboard.domain.messaging.MessageStatus;
import dev.switchboard.domain.messaging.RateUsage;
import dev.switchboard.domain.messaging.RetryPolicy;
import dev.switchboard.domain.messaging.SendingPause;
import dev.switchboard.domain.messaging.event.MessageEvents;
import dev.switchboard.domain.messaging.history.HistoryEntry;
import dev.switchboard.domain.messaging.history.MessageHistory;
import dev.switchboard.domain.messaging.port.out.DeliveryReceipts;
import dev.switchboard.domain.messaging.port.out.DispatchScope;
import dev.switchboard.domain.messaging.port.out.MessageGateway;
import dev.switchboard.domain.messaging.port.out.Messages;
import dev.switchboard.domain.messaging.port.out.RateLimiter;
import dev.switchboard.domain.shared.port.out.UnitOfWork;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Use case: take due messages of one kind from the queue and hand them to the carrier within its
 * rate, exactly once: every write-back is fenced by the claim, and a send whose outcome is unknown
 * is looked up at the carrier (after its listing delay, for long enough) before it is sent again.
 */
public final class DispatchMessages {

  /** The code kept on a message whose last send may or may not have reached the carrier. */
  public static final String CODE_UNCERTAIN = "uncertain";

  private static final Logger LOG = Logger.getLogger(DispatchMessages.class.getName());
  private static final Duration DEFAULT_RATE_LIMIT_PAUSE = Duration.ofSeconds(1);

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
  private final DispatchSettings settings;
  private final SendingPause pause;
  private final MessageHistory history;
  private final DispatchScope scope;

  /** Workers waiting for a rate permit: a stop interrupts them (and no worker in a send). */
  private final Set<Thread> waitingForPermit = ConcurrentHashMap.newKeySet();

  private volatile boolean stopping;

  /**
   * @param scope where each message's dispatch runs (the adapters continue there the trace of the
   *     request that queued it)
   */
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
      DispatchSettings settings,
      SendingPause pause,
      MessageHistory history,
      DispatchScope scope) {
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
    this.settings = settings;
    this.pause = pause;
    this.history = history;
    this.scope = scope;
  }

  /** The account-wide pause (401/403), for metrics. */
  public SendingPause pause() {
    return pause;
  }

  /** Each kind's use of the account's rate (and a 429's hold), as its limiter sees it now. */
  public Map<MessageKind, RateUsage> rates() {
    Map<MessageKind, RateUsage> rates = new EnumMap<>(MessageKind.class);
    rates.put(MessageKind.SMS, smsRate.usage());
    rates.put(MessageKind.MMS, mmsRate.usage());
    return rates;
  }

  /**
   * Claims up to {@code max} due messages of one kind and sends them one after the other. While the
   * account is paused it claims nothing, and probes the carrier when a probe is due.
   *
   * @return how many were claimed (0 means nothing was due, or sending is paused or stopping)
   */
  public int dispatchBatch(MessageKind kind, int max) throws InterruptedException {
    if (stopping || !ready()) {
      return 0;
    }
    List<Claim> claims =
        unitOfWork.inTransaction(
            () -> messages.claimDue(clock.instant(), kind, max, settings.lease()));
    for (int i = 0; i < claims.size(); i++) {
      Claim claim = claims.get(i);
      if (stopping || pause.paused()) {
        handBack(claim);
        continue;
      }
      try {
        scope.run(claim, () -> dispatch(claim));
      } catch (InterruptedException e) {
        // Woken from a rate permit by a stop: what was not sent goes back to the queue at once.
        boolean stop = stopping;
        Thread.interrupted();
        handBack(claim);
        claims.subList(i + 1, claims.size()).forEach(this::handBack);
        if (!stop) {
          Thread.currentThread().interrupt();
          throw e;
        }
        return claims.size();
      }
    }
    return claims.size();
  }

  /**
   * Stops claiming, interrupts the workers that wait for a rate permit (they hand their claims
   * back) and lets sends in flight finish.
   */
  public void stop() {
    stopping = true;
    waitingForPermit.forEach(Thread::interrupt);
  }

  /** Whether sending may go on: not paused, or paused and a probe now tells that it is over. */
  private boolean ready() {
    if (!pause.paused()) {
      return true;
    }
    if (pause.probeTurn(clock.instant())) {
      try {
        gateway.probe();
        pause.resume();
        return true;
      } catch (CarrierException | IllegalStateException still) {
        LOG.fine(() -> "probe failed: " + still.getMessage());
      }
    }
    return false;
  }

  /** Sends one claimed message, or settles the one it may already have sent, and records it. */
  void dispatch(Claim claim) throws InterruptedException {
    if (claim.uncertain() && !settleUncertain(claim)) {
      return;
    }
    Message message = claim.message();
    if (expire(claim)) {
      return;
    }
    if (claim.uncertain() && message.attempts() > retryPolicy.maxAttempts()) {
      release(
          claim,
          message.failed(
              "retries-exhausted",
              message.failureCode() + ": " + message.failureReason(),
              clock.instant()),
          null);
      return;
    }
    send(claim);
  }

  /**
   * Looks an uncertain attempt up at the carrier.
   *
   * @return true when the message may be sent (lookups covering the settle time found nothing);
   *     false when it was settled or handed back to be looked up again
   */
  private boolean settleUncertain(Claim claim) {
    Message message = claim.message();
    Instant attempted = claim.attemptedAt();
    Instant now = clock.instant();
    Instant firstLookup = attempted.plus(settings.uncertainGrace());
    if (now.isBefore(firstLookup)) {
      lookUpLater(claim, firstLookup, "waiting for Flowroute to list the attempt");
      return false;
    }
    MessageGateway.Lookup lookup;
    try {
      lookup =
          gateway.findAccepted(
              message, attempted.minus(settings.lookupMargin()), now.plus(settings.lookupMargin()));
    } catch (CarrierException e) {
      if (e.kind() == CarrierException.Kind.UNAUTHORIZED) {
        pauseFor(e);
      }
      lookUpLater(claim, now.plus(settings.lookupInterval()), "lookup failed: " + e.code());
      return false;
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "lookup of message " + message.id() + " failed", e);
      // The exception's text stays in the log: the reason is stored and shown to callers.
      lookUpLater(claim, now.plus(settings.lookupInterval()), "lookup failed: unexpected error");
      return false;
    }
    for (String mdrId : lookup.candidates()) {
      Recorded recorded = recordSent(claim, mdrId, true);
      if (recorded != Recorded.TAKEN) {
        return false;
      }
    }
    if (!lookup.complete()) {
      lookUpLater(claim, now.plus(settings.lookupInterval()), "lookup incomplete");
      return false;
    }
    Instant settled = attempted.plus(settings.settleTime());
    if (now.isBefore(settled)) {
      Instant next = now.plus(settings.lookupInterval());
      lookUpLater(claim, next.isAfter(settled) ? settled : next, "not listed yet");
      return false;
    }
    return true;
  }

  private void lookUpLater(Claim claim, Instant when, String why) {
    Message message = claim.message();
    release(
        claim, message.handedBack(when, CODE_UNCERTAIN, why, clock.instant()), claim.attemptedAt());
  }

  private void send(Claim claim) throws InterruptedException {
    Message message = claim.message();
    RateLimiter rate = rateOf(message);
    RateLimiter.Permit permit;
    Thread self = Thread.currentThread();
    waitingForPermit.add(self);
    try {
      if (stopping) {
        throw new InterruptedException("stopping");
      }
      permit = rate.acquire();
    } finally {
      waitingForPermit.remove(self);
    }
    Instant attempted;
    String mdrId = null;
    CarrierException failure = null;
    try (permit) {
      if (stopping || pause.paused()) {
        if (stopping) {
          // A stop's interrupt may land just after the permit: it must not break the hand-back.
          Thread.interrupted();
        }
        handBack(claim);
        return;
      }
      // The permit may have taken a while: the message may have expired since it was claimed.
      if (expire(claim)) {
        return;
      }
      attempted = clock.instant();
      boolean holds =
          unitOfWork.inTransaction(
              () -> messages.startAttempt(claim, attempted, attempted.plus(settings.lease())));
      if (!holds) {
        LOG.info(() -> "claim of message " + message.id() + " was lost before its send: skipped");
        return;
      }
      try {
        permit.sending();
        mdrId = gateway.send(message);
      } catch (CarrierException e) {
        failure = e;
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "unexpected failure sending message " + message.id(), e);
        failure =
            new CarrierException(
                CarrierException.Kind.UNCERTAIN,
                CODE_UNCERTAIN,
                // The exception's text stays in the log: the reason is stored and published.
                "unexpected error while sending; the message will be looked up before a retry");
      }
    }
    if (failure != null) {
      recordFailure(claim, failure, attempted);
      return;
    }
    recordSent(claim, mdrId, false);
  }

  /**
   * Ends the claimed message EXPIRED, unsent, when its {@code expiresAt} has passed: called only
   * where no send of it can be outstanding (before a first send, or once lookups of an uncertain
   * one found nothing).
   *
   * @return whether it expired
   */
  private boolean expire(Claim claim) {
    Message message = claim.message();
    Instant now = clock.instant();
    if (!message.schedule().expiredAt(now)) {
      return false;
    }
    release(claim, message.expiredUnsent(now), null);
    return true;
  }

  /**
   * Flowroute counts SMS and MMS separately (5 SMS/s and 1 MMS/s per key), so each kind waits for
   * and is paused by its own limit only.
   */
  private RateLimiter rateOf(Message message) {
    return message.isMms() ? mmsRate : smsRate;
  }

  /** What became of a SENT write-back. */
  private enum Recorded {
    WRITTEN,
    /** Another message of ours already has that Flowroute id (a lookup candidate). */
    TAKEN,
    LOST
  }

  private Recorded recordSent(Claim claim, String mdrId, boolean fromLookup) {
    Message sending = claim.message();
    return unitOfWork.inTransaction(
        () -> {
          receipts.lock(mdrId);
          if (fromLookup && messages.byFlowrouteId(mdrId).isPresent()) {
            return Recorded.TAKEN;
          }
          Instant now = clock.instant();
          // A record found by a lookup is the earlier attempt's: the lookup's claim sent nothing.
          Message sent = (fromLookup ? sending.handedBack(now, now) : sending).sent(mdrId, now);
          if (!messages.release(claim, sent, null)) {
            LOG.info(
                () -> "claim of message " + sending.id() + " was lost: " + mdrId + " not kept");
            return Recorded.LOST;
          }
          outbox.append(events.statusChanged(sent, sending.status(), null));
          applyEarlyReceipts(sent, mdrId, now);
          return Recorded.WRITTEN;
        });
  }

  private void applyEarlyReceipts(Message sent, String mdrId, Instant now) {
    List<DeliveryReceipt> early =
        receipts.unmatched(mdrId).stream()
            .sorted(
                Comparator.comparing(DeliveryReceipt::timestamp)
                    .thenComparing(DeliveryReceipt::level))
            .toList();
    if (!early.isEmpty()) {
      receipts.match(mdrId, sent.id());
    }
    Message current = sent;
    for (DeliveryReceipt receipt : early) {
      Optional<Message> next = current.afterReceipt(receipt, now);
      if (next.isPresent()) {
        messages.update(next.get());
        outbox.append(events.statusChanged(next.get(), current.status(), receipt));
        current = next.get();
      }
    }
  }

  private void recordFailure(Claim claim, CarrierException e, Instant attempted) {
    Message sending = claim.message();
    Instant now = clock.instant();
    Optional<Duration> retryAfter = e.retryAfter().map(this::capped);
    switch (e.kind()) {
      case UNAUTHORIZED -> {
        pauseFor(e);
        release(claim, sending.handedBack(now, now), null);
      }
      case RATE_LIMITED -> {
        Duration wait = retryAfter.orElse(DEFAULT_RATE_LIMIT_PAUSE);
        rateOf(sending).pause(wait);
        // Not taken: back to the queue without burning an attempt.
        Instant due = sending.schedule().dueBy(now.plus(wait));
        release(claim, sending.handedBack(due, e.code(), e.reason(), now), null);
      }
      case PERMANENT -> release(claim, sending.failed(e.code(), e.reason(), now), null);
      case TRANSIENT -> {
        Optional<Duration> delay =
            retryPolicy.delayAfter(sending.attempts(), ThreadLocalRandom.current().nextDouble());
        Message next =
            delay.isPresent()
                ? sending.retryAt(
                    // A retry never waits past the expiry: the message expires on time.
                    sending.schedule().dueBy(now.plus(longest(delay.get(), retryAfter))),
                    e.code(),
                    e.reason(),
                    now)
                : sending.failed("retries-exhausted", e.code() + ": " + e.reason(), now);
        release(claim, next, null);
      }
      case UNCERTAIN -> {
        retryAfter.ifPresent(rateOf(sending)::pause);
        Instant lookup = attempted.plus(longest(settings.uncertainGrace(), retryAfter));
        release(claim, sending.retryAt(lookup, e.code(), e.reason(), now), attempted);
      }
    }
  }

  private void pauseFor(CarrierException e) {
    pause.pause(
        e.kind() == CarrierException.Kind.UNAUTHORIZED && e.code().equals("http-403")
            ? SendingPause.Reason.FORBIDDEN
            : SendingPause.Reason.CREDENTIALS,
        e.code() + ": " + e.reason(),
        clock.instant());
  }

  private Duration capped(Duration retryAfter) {
    return retryAfter.compareTo(settings.retryAfterCap()) > 0
        ? settings.retryAfterCap()
        : retryAfter;
  }

  private static Duration longest(Duration a, Optional<Duration> b) {
    return b.filter(d -> d.compareTo(a) > 0).orElse(a);
  }

  /** Gives an unsent claim back to the queue, due now, without counting an attempt. */
  private void handBack(Claim claim) {
    Instant now = clock.instant();
    try {
      release(claim, claim.message().handedBack(now, now), claim.attemptedAt());
    } catch (RuntimeException e) {
      // Its lease lapses and another dispatcher takes it.
      LOG.log(Level.WARNING, "could not hand message " + claim.message().id() + " back", e);
    }
  }

  /** A fenced write-back in a transaction of its own; a lost claim writes and publishes nothing. */
  private void release(Claim claim, Message next, Instant attemptedAt) {
    unitOfWork.run(
        () -> {
          if (!messages.release(claim, next, attemptedAt)) {
            LOG.info(() -> "claim of message " + next.id() + " was lost: outcome not written");
            return;
          }
          if (next.status() != MessageStatus.QUEUED) {
            outbox.append(events.statusChanged(next, claim.message().status(), null));
          } else if (next.failureCode() != null) {
            // Back in the queue: no event (the status did not move forward), but the history
            // keeps the failed attempt or the refusal that sent it back, and when it is tried
            // again.
            history.record(List.of(HistoryEntry.requeued(next, claim.message().status())));
          }
        });
  }
}
