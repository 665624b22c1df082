package dev.switchboard.domain.messaging.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.events.DomainEvent;
import dev.switchboard.domain.messaging.CarrierException;
import dev.switchboard.domain.messaging.Claim;
import dev.switchboard.domain.messaging.DeliveryReceipt;
import dev.switchboard.domain.messaging.DispatchSettings;
import dev.switchboard.domain.messaging.Media;
import dev.switchboard.domain.messaging.Message;
import dev.switchboard.domain.messaging.MessageId;
import dev.switchboard.domain.messaging.MessageKind;
import dev.switchboard.domain.messaging.MessageStatus;
import dev.switchboard.domain.messaging.RetryPolicy;
import dev.switchboard.domain.messaging.Schedule;
import dev.switchboard.domain.messaging.SendingPause;
import dev.switchboard.domain.messaging.event.MessageEvents;
import dev.switchboard.domain.messaging.event.MessageStatusChanged;
import dev.switchboard.domain.messaging.history.InMemoryMessageHistory;
import dev.switchboard.domain.messaging.port.out.DispatchScope;
import dev.switchboard.domain.messaging.port.out.InMemoryMessages;
import dev.switchboard.domain.messaging.port.out.InMemoryOptOuts;
import dev.switchboard.domain.messaging.port.out.LocalRateLimiter;
import dev.switchboard.domain.messaging.port.out.MessageGateway;
import dev.switchboard.domain.messaging.port.out.NoEarlyReceipts;
import dev.switchboard.domain.messaging.port.out.RateLimiter;
import dev.switchboard.domain.shared.ConflictException;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.MutableClock;
import dev.switchboard.domain.shared.port.out.UnitOfWork;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Every path of a dispatch, over the in-memory store (held to the store's contract). */
class DispatchMessagesTest {

  private static final Instant NOW = Instant.parse("2026-11-27T09:05:00Z");
  private static final long SECOND = 1_000_000_000L;
  private static final Duration GRACE = Duration.ofSeconds(20);
  private static final Duration SETTLE = Duration.ofMinutes(5);
  private static final Duration LOOKUP_EVERY = Duration.ofSeconds(30);
  private static final Duration PROBE_EVERY = Duration.ofSeconds(30);

  /** The limiters' clock: it only moves when they sleep. */
  private final AtomicLong nanos = new AtomicLong();

  private final MutableClock clock = new MutableClock(NOW);
  private final InMemoryMessages messages = new InMemoryMessages();
  private final Carrier carrier = new Carrier();
  private final List<DomainEvent> published = Collections.synchronizedList(new ArrayList<>());
  private final InMemoryMessageHistory history = new InMemoryMessageHistory();
  private final RateLimiter mmsLimiter = limiter(1);

  /** Each dispatch the adapters' scope ran: its message, and the events published by its end. */
  private final List<String> scoped = Collections.synchronizedList(new ArrayList<>());

  private final DispatchScope scope =
      (claim, dispatch) -> {
        dispatch.run();
        scoped.add(claim.message().id() + " " + published.size());
      };

  private DispatchMessages dispatcher = dispatcher(mmsLimiter);

  private DispatchMessages dispatcher(RateLimiter mms) {
    return new DispatchMessages(
        messages,
        new NoEarlyReceipts(),
        carrier,
        published::add,
        new MessageEvents(UUID::randomUUID),
        new DirectUnitOfWork(),
        clock,
        limiter(5),
        mms,
        new RetryPolicy(3, Duration.ofMinutes(1), Duration.ofMinutes(1), 1, 0),
        new DispatchSettings(
            Duration.ofSeconds(60),
            GRACE,
            SETTLE,
            LOOKUP_EVERY,
            Duration.ofSeconds(60),
            Duration.ofSeconds(5)),
        new SendingPause(PROBE_EVERY),
        history,
        scope);
  }

  private RateLimiter limiter(double perSecond) {
    return new LocalRateLimiter(perSecond, nanos::get, d -> nanos.addAndGet(d.toNanos()));
  }

  private Message queue(boolean mms) {
    return queue(mms, "hello");
  }

  private Message queueScheduled(Schedule schedule) {
    Message message =
        Message.queued(
            new MessageId(UUID.randomUUID()),
            E164Number.parse("+12065550100"),
            E164Number.parse("+12065550199"),
            "see you at 6",
            List.of(),
            null,
            "fp",
            schedule,
            clock.instant());
    messages.add(message);
    return message;
  }

  private Message queue(boolean mms, String body) {
    Message message =
        Message.queued(
            new MessageId(UUID.randomUUID()),
            E164Number.parse("+12065550100"),
            E164Number.parse("+12065550199"),
            mms ? null : body,
            mms ? List.of(Media.of(URI.create("https://media.example/a.png"))) : List.of(),
            null,
            "fp",
            clock.instant());
    messages.add(message);
    return message;
  }

  private void dispatchAll() throws InterruptedException {
    while (dispatcher.dispatchBatch(MessageKind.SMS, 100)
            + dispatcher.dispatchBatch(MessageKind.MMS, 100)
        > 0) {
      // until nothing is due
    }
  }

  private Message stored(Message message) {
    return messages.byId(message.id()).orElseThrow();
  }

  private static CarrierException timeout() {
    return new CarrierException(CarrierException.Kind.UNCERTAIN, "uncertain", "read timed out");
  }

  @Test
  void each_dispatch_runs_with_its_event_inside_the_adapters_scope() throws InterruptedException {
    Message message = queue(false);

    dispatchAll();

    // The SENT event was written within the scope, where the adapters continue the request's trace.
    assertThat(scoped).containsExactly(message.id() + " 1");
  }

  @Test
  void a_sent_message_is_sent_once_with_its_event() throws InterruptedException {
    Message message = queue(false);

    dispatchAll();

    assertThat(stored(message).status()).isEqualTo(MessageStatus.SENT);
    assertThat(stored(message).flowrouteId()).isEqualTo(carrier.accepted.get(0));
    assertThat(carrier.sends).hasSize(1);
    assertThat(published).hasSize(1);
  }

  @Test
  void a_request_that_never_left_is_retried_after_the_back_off() throws InterruptedException {
    carrier.answers.add(
        new CarrierException(CarrierException.Kind.TRANSIENT, "connect", "connection refused"));
    Message message = queue(false);

    dispatchAll();

    Message retry = stored(message);
    assertThat(retry.status()).isEqualTo(MessageStatus.QUEUED);
    assertThat(retry.attempts()).isEqualTo(1);
    assertThat(retry.failureCode()).isEqualTo("connect");
    assertThat(retry.nextAttemptAt()).isEqualTo(NOW.plusSeconds(60));
    // No event tells of the retry; the history keeps it, with the failure and the next attempt.
    assertThat(history.of(message.id()))
        .singleElement()
        .satisfies(
            step -> {
              assertThat(step.status()).isEqualTo(MessageStatus.QUEUED);
              assertThat(step.previous()).contains(MessageStatus.SENDING);
              assertThat(step.code()).isEqualTo("connect");
              assertThat(step.nextAttemptAt()).contains(NOW.plusSeconds(60));
            });
    clock.advance(Duration.ofSeconds(60));
    dispatchAll();
    assertThat(stored(message).status()).isEqualTo(MessageStatus.SENT);
    assertThat(carrier.sends).hasSize(2);
  }

  @Test
  void a_refused_message_fails_for_good() throws InterruptedException {
    carrier.answers.add(
        new CarrierException(CarrierException.Kind.PERMANENT, "http-422", "Missing body"));
    Message message = queue(false);

    dispatchAll();

    assertThat(stored(message).status()).isEqualTo(MessageStatus.FAILED);
    assertThat(stored(message).failureCode()).isEqualTo("http-422");
    assertThat(published).hasSize(1);
  }

  @Test
  void an_uncertain_send_found_after_the_grace_period_is_sent_and_not_sent_again()
      throws InterruptedException {
    carrier.answers.add(timeout());
    carrier.acceptOnFailure = true;
    Message message = queue(false);

    dispatchAll();
    Message uncertain = stored(message);
    assertThat(uncertain.status()).isEqualTo(MessageStatus.QUEUED);
    assertThat(uncertain.nextAttemptAt()).isEqualTo(NOW.plus(GRACE));
    clock.advance(GRACE.minusSeconds(1));
    dispatchAll();
    assertThat(carrier.lookups).as("no lookup within the grace period").isEmpty();

    clock.advance(Duration.ofSeconds(1));
    dispatchAll();

    assertThat(carrier.lookups).hasSize(1);
    assertThat(carrier.lookups.get(0)[0])
        .as("the window opens at the attempt's own time, not the message's creation")
        .isEqualTo(NOW.minusSeconds(5));
    assertThat(stored(message).status()).isEqualTo(MessageStatus.SENT);
    assertThat(stored(message).flowrouteId()).isEqualTo(carrier.accepted.get(0));
    assertThat(stored(message).attempts()).as("the lookup is no attempt").isEqualTo(1);
    assertThat(carrier.sends).hasSize(1);
  }

  @Test
  void an_uncertain_send_not_found_is_sent_again_only_after_lookups_cover_the_settle_time()
      throws InterruptedException {
    carrier.answers.add(timeout());
    Message message = queue(false);
    dispatchAll();

    for (int i = 0; i < 20 && carrier.sends.size() == 1; i++) {
      clock.advance(LOOKUP_EVERY);
      dispatchAll();
      if (clock.instant().isBefore(NOW.plus(SETTLE))) {
        assertThat(carrier.sends).as("no resend before the settle time").hasSize(1);
        assertThat(stored(message).status()).isEqualTo(MessageStatus.QUEUED);
        assertThat(stored(message).attempts()).isEqualTo(1);
      }
    }

    assertThat(carrier.sends).hasSize(2);
    assertThat(carrier.lookups.size()).isGreaterThanOrEqualTo(9);
    assertThat(stored(message).status()).isEqualTo(MessageStatus.SENT);
    assertThat(stored(message).attempts()).isEqualTo(2);
  }

  @Test
  void a_failed_or_incomplete_lookup_keeps_the_message_uncertain() throws InterruptedException {
    carrier.answers.add(timeout());
    Message message = queue(false);
    dispatchAll();
    clock.advance(SETTLE);
    carrier.lookupFailures.add(
        new CarrierException(CarrierException.Kind.UNCERTAIN, "http-503", "unavailable"));

    dispatchAll();

    assertThat(stored(message).status()).isEqualTo(MessageStatus.QUEUED);
    assertThat(stored(message).failureCode()).isEqualTo("uncertain");
    assertThat(stored(message).nextAttemptAt()).isEqualTo(clock.instant().plus(LOOKUP_EVERY));
    carrier.completeListing = false;
    clock.advance(LOOKUP_EVERY);
    dispatchAll();
    assertThat(carrier.sends).as("page exhaustion is not 'not sent'").hasSize(1);
    assertThat(stored(message).status()).isEqualTo(MessageStatus.QUEUED);
    assertThat(stored(message).attempts()).isEqualTo(1);
  }

  @Test
  void a_lookup_ignores_a_record_already_kept_on_another_message() throws InterruptedException {
    Message earlier = queue(false, "Your code is 1234");
    dispatchAll();
    String earlierId = stored(earlier).flowrouteId();
    carrier.answers.add(timeout());
    Message again = queue(false, "Your code is 1234");
    dispatchAll();
    carrier.extraCandidates.add(earlierId);

    clock.advance(GRACE);
    dispatchAll();

    assertThat(stored(again).status()).isEqualTo(MessageStatus.QUEUED);
    assertThat(stored(again).flowrouteId()).isNull();
    assertThat(stored(earlier).flowrouteId()).isEqualTo(earlierId);
  }

  @Test
  void a_worker_whose_claim_was_lost_neither_sends_nor_writes() throws InterruptedException {
    Message message = queue(false);
    Claim claim = messages.claimDue(NOW, MessageKind.SMS, 1, Duration.ofSeconds(60)).get(0);
    messages.steal(message.id());

    dispatcher.dispatch(claim);

    assertThat(carrier.sends).isEmpty();
    assertThat(stored(message)).isEqualTo(claim.message());
    assertThat(published).isEmpty();
  }

  @Test
  void a_claim_lost_during_the_send_writes_nothing_and_publishes_nothing()
      throws InterruptedException {
    Message message = queue(false);
    carrier.duringSend = () -> messages.steal(message.id());

    dispatchAll();

    assertThat(carrier.sends).hasSize(1);
    assertThat(stored(message).status()).isEqualTo(MessageStatus.SENDING);
    assertThat(stored(message).flowrouteId()).isNull();
    assertThat(published).isEmpty();
  }

  @Test
  void a_401_pauses_sending_keeps_messages_queued_and_a_probe_resumes_it()
      throws InterruptedException {
    carrier.answers.add(
        new CarrierException(
            CarrierException.Kind.UNAUTHORIZED, "http-401", "Authentication failed."));
    Message first = queue(false);
    Message second = queue(false);

    dispatchAll();

    assertThat(dispatcher.pause().reason()).contains(SendingPause.Reason.CREDENTIALS);
    assertThat(carrier.sends).hasSize(1);
    for (Message message : List.of(first, second)) {
      assertThat(stored(message).status()).isEqualTo(MessageStatus.QUEUED);
      assertThat(stored(message).attempts()).isZero();
    }
    carrier.probeFailures = 1;
    clock.advance(PROBE_EVERY);
    dispatchAll();
    assertThat(dispatcher.pause().paused()).as("the probe was refused too").isTrue();
    assertThat(carrier.sends).hasSize(1);

    clock.advance(PROBE_EVERY);
    dispatchAll();

    assertThat(dispatcher.pause().paused()).isFalse();
    assertThat(carrier.probes).isEqualTo(2);
    assertThat(stored(first).status()).isEqualTo(MessageStatus.SENT);
    assertThat(stored(second).status()).isEqualTo(MessageStatus.SENT);
    assertThat(published).noneMatch(e -> e.toString().contains("FAILED"));
  }

  @Test
  void a_403_about_the_account_pauses_and_one_about_the_message_fails_only_it()
      throws InterruptedException {
    carrier.answers.add(
        new CarrierException(
            CarrierException.Kind.PERMANENT,
            "http-403",
            "The from number is not on your account."));
    Message refused = queue(false);
    Message next = queue(false);
    dispatchAll();
    assertThat(stored(refused).status()).isEqualTo(MessageStatus.FAILED);
    assertThat(stored(next).status()).isEqualTo(MessageStatus.SENT);

    carrier.answers.add(
        new CarrierException(CarrierException.Kind.UNAUTHORIZED, "http-403", "forbidden"));
    Message held = queue(false);
    dispatchAll();
    assertThat(dispatcher.pause().reason()).contains(SendingPause.Reason.FORBIDDEN);
    assertThat(stored(held).status()).isEqualTo(MessageStatus.QUEUED);
  }

  @Test
  void a_retry_after_is_honoured_up_to_the_cap() throws InterruptedException {
    carrier.answers.add(
        new CarrierException(
            CarrierException.Kind.RATE_LIMITED, "http-429", "slow down", Duration.ofHours(1)));
    Message message = queue(false);

    dispatchAll();

    assertThat(stored(message).nextAttemptAt()).isEqualTo(NOW.plusSeconds(60));
    assertThat(stored(message).attempts()).as("a 429 is no attempt").isZero();
    clock.advance(Duration.ofSeconds(60));
    dispatchAll();
    assertThat(carrier.sendTimes(false)).containsExactly(0L, 60 * SECOND);
  }

  @Test
  void a_5xx_is_uncertain_and_honours_its_retry_after_up_to_the_cap() throws InterruptedException {
    carrier.answers.add(
        new CarrierException(
            CarrierException.Kind.UNCERTAIN, "http-502", "Bad Gateway", Duration.ofMinutes(10)));
    Message message = queue(false);

    dispatchAll();

    assertThat(stored(message).failureCode()).isEqualTo("http-502");
    assertThat(stored(message).nextAttemptAt()).isEqualTo(NOW.plusSeconds(60));
  }

  @Test
  void a_receipt_naming_an_uncertain_message_settles_it_as_sent() throws InterruptedException {
    carrier.answers.add(timeout());
    Message message = queue(false);
    dispatchAll();
    ApplyDeliveryReceipt receipts =
        new ApplyDeliveryReceipt(
            messages,
            new NoEarlyReceipts(),
            new InMemoryOptOuts(),
            published::add,
            new MessageEvents(UUID::randomUUID),
            new DirectUnitOfWork(),
            clock);

    receipts.apply(
        new DeliveryReceipt("mdr2-named", 1, "smsc submit", null, "sent", NOW),
        Optional.of(message.id()));
    clock.advance(SETTLE);
    dispatchAll();

    assertThat(stored(message).status()).isEqualTo(MessageStatus.SENT);
    assertThat(stored(message).flowrouteId()).isEqualTo("mdr2-named");
    assertThat(carrier.sends).hasSize(1);
    assertThat(carrier.lookups).isEmpty();
  }

  @Test
  void a_stop_hands_back_what_waits_for_a_rate_permit() throws Exception {
    RateLimiter blocking =
        new LocalRateLimiter(
            1, System::nanoTime, d -> Thread.sleep(Duration.ofMinutes(1).toMillis()));
    dispatcher = dispatcher(blocking);
    Message first = queue(true);
    Message second = queue(true);
    Message third = queue(true);
    Thread worker =
        new Thread(
            () -> {
              try {
                dispatcher.dispatchBatch(MessageKind.MMS, 10);
              } catch (InterruptedException e) {
                throw new AssertionError("a stop is no failure", e);
              }
            });
    worker.start();
    while (worker.getState() != Thread.State.TIMED_WAITING) {
      Thread.sleep(5);
    }

    dispatcher.stop();
    worker.join(5_000);

    assertThat(worker.isAlive()).isFalse();
    assertThat(stored(first).status()).isEqualTo(MessageStatus.SENT);
    for (Message unsent : List.of(second, third)) {
      assertThat(stored(unsent).status()).isEqualTo(MessageStatus.QUEUED);
      assertThat(stored(unsent).attempts()).isZero();
    }
    assertThat(dispatcher.dispatchBatch(MessageKind.MMS, 10)).as("no claim after a stop").isZero();
  }

  @Test
  void claim_sizes_follow_the_rate_so_a_claim_is_sent_within_its_lease() {
    DispatchSettings settings = DispatchSettings.defaults(Duration.ofSeconds(60));

    assertThat(settings.claimSize(1, 1, 50)).isEqualTo(30);
    assertThat(settings.claimSize(1, 4, 50)).isEqualTo(7);
    assertThat(settings.claimSize(0.01, 4, 50)).isEqualTo(1);
    assertThat(settings.claimSize(5, 4, 5)).isEqualTo(5);
  }

  @Test
  void an_mms_burst_is_sent_at_most_one_per_second() throws InterruptedException {
    for (int i = 0; i < 6; i++) {
      queue(true);
    }

    dispatchAll();

    List<Long> mms = carrier.sendTimes(true);
    assertThat(mms).hasSize(6);
    for (int i = 1; i < mms.size(); i++) {
      assertThat(mms.get(i) - mms.get(i - 1)).isGreaterThanOrEqualTo(SECOND);
    }
    // ...and no slower: the limit is used in full.
    assertThat(mms.get(5) - mms.get(0)).isLessThan(6 * SECOND);
  }

  @Test
  void sms_are_claimed_apart_from_an_mms_backlog() throws InterruptedException {
    for (int i = 0; i < 5; i++) {
      queue(true);
    }
    for (int i = 0; i < 5; i++) {
      queue(false);
    }

    dispatcher.dispatchBatch(MessageKind.SMS, 100);

    // The SMS claim took no MMS, so the SMS went out at once without waiting for the MMS rate.
    assertThat(carrier.sendTimes(false)).hasSize(5).containsOnly(0L);
    assertThat(carrier.sendTimes(true)).isEmpty();
  }

  @Test
  void a_429_on_an_mms_pauses_the_mms_and_not_the_sms() throws InterruptedException {
    carrier.answers.add(
        new CarrierException(
            CarrierException.Kind.RATE_LIMITED, "http-429", "too fast", Duration.ofSeconds(3)));
    Message limited = queue(true);
    dispatchAll();
    assertThat(stored(limited).status()).isEqualTo(MessageStatus.QUEUED);

    queue(false);
    dispatchAll();
    queue(true);
    dispatchAll();

    assertThat(carrier.sendTimes(false)).containsExactly(0L);
    assertThat(carrier.sendTimes(true)).containsExactly(0L, 3 * SECOND);
  }

  /** Flowroute as the dispatcher sees it: answers at once, and remembers what it took. */
  @Test
  void a_scheduled_message_is_not_claimed_before_its_send_at_and_sent_then()
      throws InterruptedException {
    Message message = queueScheduled(new Schedule(NOW.plusSeconds(600), null));

    dispatchAll();
    clock.advance(Duration.ofSeconds(599));
    dispatchAll();
    assertThat(carrier.sends).as("nothing before sendAt").isEmpty();
    assertThat(stored(message).status()).isEqualTo(MessageStatus.QUEUED);

    clock.advance(Duration.ofSeconds(1));
    dispatchAll();
    assertThat(carrier.sends).hasSize(1);
    assertThat(stored(message).status()).isEqualTo(MessageStatus.SENT);
  }

  @Test
  void a_message_whose_expiry_passed_before_its_claim_ends_expired_unsent_with_its_event()
      throws InterruptedException {
    Message message = queueScheduled(new Schedule(null, NOW.plusSeconds(30)));
    clock.advance(Duration.ofSeconds(30));

    dispatchAll();

    Message expired = stored(message);
    assertThat(carrier.sends).isEmpty();
    assertThat(expired.status()).isEqualTo(MessageStatus.EXPIRED);
    assertThat(expired.failureCode()).isEqualTo(Schedule.CODE_EXPIRED);
    assertThat(expired.failureReason()).contains("passed before", "not sent");
    assertThat(published)
        .singleElement()
        .isInstanceOfSatisfying(
            MessageStatusChanged.class,
            e -> {
              assertThat(e.status()).isEqualTo(MessageStatus.EXPIRED);
              assertThat(e.previousStatus()).contains(MessageStatus.SENDING);
            });
  }

  @Test
  void a_retry_never_waits_past_the_expiry_and_the_message_expires_on_time()
      throws InterruptedException {
    carrier.answers.add(
        new CarrierException(CarrierException.Kind.TRANSIENT, "connect", "connection refused"));
    Message message = queueScheduled(new Schedule(null, NOW.plusSeconds(20)));

    dispatchAll();
    assertThat(stored(message).status()).isEqualTo(MessageStatus.QUEUED);
    assertThat(stored(message).nextAttemptAt())
        .as("the back-off (60 s) is cut at the expiry")
        .isEqualTo(NOW.plusSeconds(20));

    clock.advance(Duration.ofSeconds(20));
    dispatchAll();
    assertThat(stored(message).status()).isEqualTo(MessageStatus.EXPIRED);
    assertThat(carrier.sends).as("only the attempt that never left").hasSize(1);
  }

  @Test
  void an_uncertain_send_is_looked_up_before_it_may_expire() throws InterruptedException {
    carrier.answers.add(timeout());
    carrier.acceptOnFailure = true;
    Message taken = queueScheduled(new Schedule(null, NOW.plusSeconds(5)));
    dispatchAll();

    clock.advance(GRACE);
    dispatchAll();

    assertThat(stored(taken).status())
        .as("Flowroute has it: found, not expired")
        .isEqualTo(MessageStatus.SENT);
  }

  @Test
  void an_uncertain_send_never_found_expires_instead_of_being_sent_again()
      throws InterruptedException {
    carrier.answers.add(timeout());
    Message message = queueScheduled(new Schedule(null, NOW.plusSeconds(60)));
    dispatchAll();

    for (int i = 0; i < 20 && stored(message).status() == MessageStatus.QUEUED; i++) {
      clock.advance(LOOKUP_EVERY);
      dispatchAll();
    }

    assertThat(stored(message).status()).isEqualTo(MessageStatus.EXPIRED);
    assertThat(carrier.sends).hasSize(1);
    assertThat(carrier.lookups).isNotEmpty();
  }

  @Test
  void a_message_canceled_while_claimed_is_not_sent_and_its_claim_writes_nothing() {
    Message message = queue(false);
    Claim claim =
        messages.claimDue(clock.instant(), MessageKind.SMS, 10, Duration.ofSeconds(60)).get(0);
    CancelMessage cancel = cancelMessage();

    assertThat(cancel.cancel(message.id()).status()).isEqualTo(MessageStatus.CANCELED);

    assertThat(messages.startAttempt(claim, clock.instant(), clock.instant().plusSeconds(60)))
        .isFalse();
    assertThat(stored(message).status()).isEqualTo(MessageStatus.CANCELED);
  }

  @Test
  void a_message_whose_send_began_cannot_be_canceled() throws InterruptedException {
    carrier.answers.add(timeout());
    Message message = queue(false);
    dispatchAll();
    CancelMessage cancel = cancelMessage();

    assertThat(stored(message).status()).isEqualTo(MessageStatus.QUEUED);
    assertThatThrownBy(() -> cancel.cancel(message.id()))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("message-not-cancelable"));
  }

  private CancelMessage cancelMessage() {
    return new CancelMessage(
        messages,
        published::add,
        new MessageEvents(UUID::randomUUID),
        new DirectUnitOfWork(),
        clock);
  }

  private final class Carrier implements MessageGateway {
    final Deque<CarrierException> answers = new ArrayDeque<>();
    final Deque<CarrierException> lookupFailures = new ArrayDeque<>();
    final List<long[]> sends = Collections.synchronizedList(new ArrayList<>());
    final List<Instant[]> lookups = new ArrayList<>();
    final List<String> accepted = Collections.synchronizedList(new ArrayList<>());
    final List<String> extraCandidates = new ArrayList<>();
    boolean acceptOnFailure;
    boolean completeListing = true;
    int probeFailures;
    int probes;
    Runnable duringSend = () -> {};

    @Override
    public String send(Message message) {
      sends.add(new long[] {message.isMms() ? 1 : 0, nanos.get()});
      duringSend.run();
      CarrierException refusal = answers.poll();
      if (refusal != null && !acceptOnFailure) {
        throw refusal;
      }
      String id = "mdr2-" + UUID.randomUUID().toString().replace("-", "");
      accepted.add(id);
      if (refusal != null) {
        throw refusal; // accepted, but the answer never came
      }
      return id;
    }

    @Override
    public Lookup findAccepted(Message message, Instant from, Instant to) {
      lookups.add(new Instant[] {from, to});
      CarrierException failure = lookupFailures.poll();
      if (failure != null) {
        throw failure;
      }
      List<String> found = new ArrayList<>(extraCandidates);
      if (acceptOnFailure) {
        found.addAll(accepted);
      }
      return new Lookup(found, completeListing);
    }

    @Override
    public void probe() {
      probes++;
      if (probeFailures > 0) {
        probeFailures--;
        throw new CarrierException(CarrierException.Kind.UNAUTHORIZED, "http-401", "no");
      }
    }

    List<Long> sendTimes(boolean mms) {
      return sends.stream().filter(s -> (s[0] == 1) == mms).map(s -> s[1]).toList();
    }
  }

  private static final class DirectUnitOfWork implements UnitOfWork {
    @Override
    public <T> T inTransaction(Supplier<T> work) {
      return work.get();
    }
  }
}
