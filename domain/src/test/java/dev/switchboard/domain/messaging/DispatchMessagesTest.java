package dev.switchboard.domain.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.UnitOfWork;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class DispatchMessagesTest {

  private static final Instant NOW = Instant.parse("2026-11-27T09:05:00Z");
  private static final long SECOND = 1_000_000_000L;

  /** The limiters' clock: it only moves when they sleep. */
  private final AtomicLong nanos = new AtomicLong();

  private final InMemoryMessages messages = new InMemoryMessages();
  private final Carrier carrier = new Carrier();
  private final DispatchMessages dispatcher =
      new DispatchMessages(
          messages,
          new NoReceipts(),
          carrier,
          event -> {},
          new MessageEvents(UUID::randomUUID),
          new UnitOfWork() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
              return work.get();
            }
          },
          // Time stands still for the queue, so a retried message is not due again in these tests.
          Clock.fixed(NOW, ZoneOffset.UTC),
          limiter(5),
          limiter(1),
          new RetryPolicy(3, Duration.ofMinutes(1), Duration.ofMinutes(1), 1, 0),
          Duration.ofSeconds(60));

  private RateLimiter limiter(double perSecond) {
    return new LocalRateLimiter(perSecond, nanos::get, d -> nanos.addAndGet(d.toNanos()));
  }

  private Message queue(boolean mms) {
    Message message =
        Message.queued(
            new MessageId(UUID.randomUUID()),
            E164Number.parse("+12065550100"),
            E164Number.parse("+12065550199"),
            mms ? null : "hello",
            mms ? List.of(Media.of(URI.create("https://media.example/a.png"))) : List.of(),
            null,
            "fp",
            NOW);
    messages.add(message);
    return message;
  }

  private void dispatchAll() throws InterruptedException {
    while (dispatcher.dispatchBatch(100) > 0) {
      // until nothing is due
    }
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
  void an_mms_does_not_wait_for_the_sms_limit() throws InterruptedException {
    for (int i = 0; i < 5; i++) {
      queue(false);
    }
    dispatchAll();
    queue(true);
    dispatchAll();

    // The five SMS used every SMS permit of this second; the MMS has its own.
    assertThat(carrier.sendTimes(false)).hasSize(5).containsOnly(0L);
    assertThat(carrier.sendTimes(true)).containsExactly(0L);
  }

  @Test
  void sms_do_not_wait_for_the_mms_limit() throws InterruptedException {
    queue(true);
    dispatchAll();
    for (int i = 0; i < 5; i++) {
      queue(false);
    }
    dispatchAll();

    // The MMS used its one permit of this second; the five SMS still go out at once.
    assertThat(carrier.sendTimes(true)).containsExactly(0L);
    assertThat(carrier.sendTimes(false)).hasSize(5).containsOnly(0L);
  }

  @Test
  void a_429_on_an_mms_pauses_the_mms_and_not_the_sms() throws InterruptedException {
    carrier.answers.add(
        new CarrierException(
            CarrierException.Kind.RATE_LIMITED, "http-429", "too fast", Duration.ofSeconds(3)));
    Message limited = queue(true);
    dispatchAll();
    assertThat(messages.byId(limited.id()).orElseThrow().status()).isEqualTo(MessageStatus.QUEUED);

    queue(false);
    dispatchAll();
    queue(true);
    dispatchAll();

    assertThat(carrier.sendTimes(false)).containsExactly(0L);
    assertThat(carrier.sendTimes(true)).containsExactly(0L, 3 * SECOND);
  }

  /** Flowroute as the dispatcher sees it: answers at once, and remembers when each send came. */
  private final class Carrier implements MessageGateway {
    final Deque<CarrierException> answers = new ArrayDeque<>();
    final List<long[]> sends = new ArrayList<>();

    @Override
    public String send(Message message) {
      sends.add(new long[] {message.isMms() ? 1 : 0, nanos.get()});
      CarrierException refusal = answers.poll();
      if (refusal != null) {
        throw refusal;
      }
      return "mdr2-" + UUID.randomUUID().toString().replace("-", "");
    }

    @Override
    public Optional<String> findAccepted(Message message, Instant since) {
      return Optional.empty();
    }

    List<Long> sendTimes(boolean mms) {
      return sends.stream().filter(s -> (s[0] == 1) == mms).map(s -> s[1]).toList();
    }
  }

  /** No receipt ever arrives early. */
  private static final class NoReceipts implements DeliveryReceipts {
    @Override
    public void lock(String flowrouteId) {}

    @Override
    public void add(DeliveryReceipt receipt, Optional<MessageId> message) {}

    @Override
    public List<DeliveryReceipt> unmatched(String flowrouteId) {
      return List.of();
    }

    @Override
    public void match(String flowrouteId, MessageId message) {}

    @Override
    public List<DeliveryReceipt> of(MessageId message) {
      return List.of();
    }
  }
}
