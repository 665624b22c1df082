package dev.switchboard.persistence.messaging;

import static dev.switchboard.persistence.Fixtures.ALICE;
import static dev.switchboard.persistence.Fixtures.OURS;
import static dev.switchboard.persistence.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.events.TraceContext;
import dev.switchboard.domain.messaging.Claim;
import dev.switchboard.domain.messaging.Message;
import dev.switchboard.domain.messaging.MessageId;
import dev.switchboard.domain.messaging.MessageKind;
import dev.switchboard.domain.messaging.MessageStatus;
import dev.switchboard.domain.messaging.Schedule;
import dev.switchboard.domain.messaging.event.MessageEvents;
import dev.switchboard.domain.messaging.usecase.CancelMessage;
import dev.switchboard.domain.shared.ConflictException;
import dev.switchboard.domain.shared.port.out.UnitOfWork;
import dev.switchboard.persistence.DatabaseTest;
import dev.switchboard.persistence.Fixtures;
import dev.switchboard.persistence.PostgresResource;
import dev.switchboard.persistence.outbox.OutboxTraces;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The dispatcher's claim of due messages: which rows, what it changes, and under concurrency. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
class ClaimDueTest extends DatabaseTest {

  private static final Duration LEASE = Duration.ofMinutes(2);
  private static final Instant NOW = T0.plusSeconds(60);

  @Inject PanacheMessages messages;
  @Inject EntityManager em;

  @Test
  void claims_only_due_outbound_messages_with_one_attempt_more_under_a_lease() {
    Message sent = add(Fixtures.queued(OURS, ALICE, "sent", T0));
    Claim sending = inTransaction(() -> messages.claimDue(T0, MessageKind.SMS, 10, LEASE)).get(0);
    update(sending.message().sent("mdr2-sent", T0));
    Message due = add(Fixtures.queued(OURS, ALICE, "due", T0));
    Message dueNow = add(Fixtures.queued(OURS, ALICE, "due-now", NOW));
    add(Fixtures.queued(OURS, ALICE, "later", NOW.plusMillis(1)));
    add(Fixtures.received(ALICE, OURS, "mdr2-inbound", T0));

    List<Claim> claims = inTransaction(() -> messages.claimDue(NOW, MessageKind.SMS, 10, LEASE));

    assertThat(claims).extracting(c -> c.message().id()).containsExactly(due.id(), dueNow.id());
    assertThat(claims).noneMatch(Claim::resumed);
    for (Claim claim : claims) {
      Message stored = messages.byId(claim.message().id()).orElseThrow();
      assertThat(stored).isEqualTo(claim.message());
      assertThat(stored.status()).isEqualTo(MessageStatus.SENDING);
      assertThat(stored.attempts()).isEqualTo(1);
      assertThat(stored.nextAttemptAt()).isEqualTo(NOW.plus(LEASE));
      assertThat(stored.updatedAt()).isEqualTo(NOW);
    }
    assertThat(inTransaction(() -> messages.claimDue(NOW, MessageKind.SMS, 10, LEASE))).isEmpty();
    assertThat(messages.byId(sent.id()).orElseThrow().status()).isEqualTo(MessageStatus.SENT);
  }

  @Test
  void a_claim_carries_the_trace_context_of_the_request_that_queued_its_message() {
    Message traced = Fixtures.queued(OURS, ALICE, "traced", T0);
    TraceContext request =
        new TraceContext("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", "caller=a");
    assertThat(
            inTransaction(
                () ->
                    OutboxTraces.withOrigins(
                        Map.of(traced.id().toString(), request), () -> messages.add(traced))))
        .isTrue();
    Message untraced = add(Fixtures.queued(OURS, ALICE, "untraced", T0.plusSeconds(1)));

    List<Claim> claims = inTransaction(() -> messages.claimDue(NOW, MessageKind.SMS, 10, LEASE));

    assertThat(claims)
        .extracting(c -> c.message().id())
        .containsExactly(traced.id(), untraced.id());
    assertThat(claims.get(0).origin()).isEqualTo(request);
    assertThat(claims.get(1).origin()).isNull();
  }

  @Test
  void takes_no_more_than_the_limit_oldest_due_first() {
    Message oldest = add(Fixtures.queued(OURS, ALICE, "a", T0));
    Message middle = add(Fixtures.queued(OURS, ALICE, "b", T0.plusSeconds(1)));
    add(Fixtures.queued(OURS, ALICE, "c", T0.plusSeconds(2)));

    List<Claim> claims = inTransaction(() -> messages.claimDue(NOW, MessageKind.SMS, 2, LEASE));

    assertThat(claims).extracting(c -> c.message().id()).containsExactly(oldest.id(), middle.id());
  }

  @Test
  void reclaims_a_sending_message_whose_lease_lapsed_and_marks_it_resumed() {
    Message message = add(Fixtures.queued(OURS, ALICE, "crashed", T0));
    inTransaction(() -> messages.claimDue(NOW, MessageKind.SMS, 10, LEASE));

    assertThat(
            inTransaction(
                () ->
                    messages.claimDue(NOW.plus(LEASE).minusMillis(1), MessageKind.SMS, 10, LEASE)))
        .isEmpty();
    Instant lapsed = NOW.plus(LEASE);
    List<Claim> claims = inTransaction(() -> messages.claimDue(lapsed, MessageKind.SMS, 10, LEASE));

    assertThat(claims).hasSize(1);
    assertThat(claims.get(0).resumed()).isTrue();
    assertThat(claims.get(0).message().id()).isEqualTo(message.id());
    assertThat(claims.get(0).message().attempts()).isEqualTo(2);
    assertThat(claims.get(0).message().nextAttemptAt()).isEqualTo(lapsed.plus(LEASE));
  }

  @Test
  void two_concurrent_claimers_never_take_the_same_message() throws Exception {
    List<MessageId> all = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      all.add(add(Fixtures.queued(OURS, ALICE, "c-" + i, T0.plusMillis(i))).id());
    }
    CountDownLatch firstClaimed = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      Future<List<Claim>> first =
          threads.submit(
              () ->
                  inTransaction(
                      () -> {
                        List<Claim> claimed = messages.claimDue(NOW, MessageKind.SMS, 4, LEASE);
                        firstClaimed.countDown();
                        // Holds the row locks until the second claimer has run.
                        release.await(30, TimeUnit.SECONDS);
                        return claimed;
                      }));
      assertThat(firstClaimed.await(30, TimeUnit.SECONDS)).isTrue();
      Future<List<Claim>> second =
          threads.submit(
              () -> inTransaction(() -> messages.claimDue(NOW, MessageKind.SMS, 10, LEASE)));
      List<Claim> secondClaims = second.get(30, TimeUnit.SECONDS);
      release.countDown();
      List<Claim> firstClaims = first.get(30, TimeUnit.SECONDS);

      Set<MessageId> firstIds = ids(firstClaims);
      Set<MessageId> secondIds = ids(secondClaims);
      assertThat(firstIds).hasSize(4);
      assertThat(secondIds).hasSize(2).doesNotContainAnyElementsOf(firstIds);
      Set<MessageId> union = new HashSet<>(firstIds);
      union.addAll(secondIds);
      assertThat(union).containsExactlyInAnyOrderElementsOf(all);
    } finally {
      release.countDown();
      threads.shutdownNow();
    }
  }

  @Test
  void the_claim_walks_the_due_index_and_skips_a_large_backlog_of_scheduled_messages() {
    List<Message> scheduled = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      scheduled.add(
          Message.queued(
              Fixtures.nextId(),
              OURS,
              ALICE,
              "later-" + i,
              List.of(),
              null,
              "fp",
              new Schedule(NOW.plus(Duration.ofHours(1 + i % 24)), null),
              T0));
    }
    inTransaction(() -> messages.addAll(scheduled));
    Message due = add(Fixtures.queued(OURS, ALICE, "due", T0));
    inTransaction(() -> em.createNativeQuery("ANALYZE messages").executeUpdate());

    @SuppressWarnings("unchecked")
    List<Object> plan =
        inTransaction(
            () ->
                em.createNativeQuery("EXPLAIN " + PanacheMessages.CLAIM_DUE)
                    .setParameter("now", NOW)
                    .setParameter("mms", false)
                    .setParameter("limit", 10)
                    .setParameter("leaseUntil", NOW.plus(LEASE))
                    .getResultList());

    assertThat(String.join("\n", plan.stream().map(String::valueOf).toList()))
        .as("a range of the due index of SMS up to now")
        .contains("Index Scan using messages_due_kind_idx on messages")
        .containsPattern("Index Cond: .*next_attempt_at <=")
        .doesNotContain("Seq Scan on messages");
    assertThat(inTransaction(() -> messages.claimDue(NOW, MessageKind.SMS, 10, LEASE)))
        .extracting(c -> c.message().id())
        .containsExactly(due.id());
  }

  @Test
  void a_cancel_and_a_dispatcher_racing_for_the_same_messages_never_both_win() throws Exception {
    int count = 60;
    List<MessageId> all = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      all.add(add(Fixtures.queued(OURS, ALICE, "race-" + i, T0.plusMillis(i))).id());
    }
    CancelMessage cancel =
        new CancelMessage(
            messages,
            event -> {},
            new MessageEvents(UUID::randomUUID),
            new UnitOfWork() {
              @Override
              public <T> T inTransaction(java.util.function.Supplier<T> work) {
                return QuarkusTransaction.requiringNew().call(work::get);
              }
            },
            Clock.systemUTC());
    Set<MessageId> sent = ConcurrentHashMap.newKeySet();
    Set<MessageId> canceled = ConcurrentHashMap.newKeySet();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      Future<?> dispatcher =
          threads.submit(
              () -> {
                start.await();
                // Claims a few at a time and begins each send, as a dispatcher worker does.
                while (true) {
                  List<Claim> claims =
                      inTransaction(() -> messages.claimDue(NOW, MessageKind.SMS, 3, LEASE));
                  if (claims.isEmpty()) {
                    return null;
                  }
                  for (Claim claim : claims) {
                    if (inTransaction(() -> messages.startAttempt(claim, NOW, NOW.plus(LEASE)))) {
                      sent.add(claim.message().id());
                    }
                  }
                }
              });
      Future<?> canceler =
          threads.submit(
              () -> {
                start.await();
                for (int i = all.size() - 1; i >= 0; i--) {
                  try {
                    cancel.cancel(all.get(i));
                    canceled.add(all.get(i));
                  } catch (ConflictException lost) {
                    // The dispatcher began its send first.
                  }
                }
                return null;
              });
      start.countDown();
      dispatcher.get(60, TimeUnit.SECONDS);
      canceler.get(60, TimeUnit.SECONDS);
    } finally {
      threads.shutdownNow();
    }

    assertThat(sent).as("no message both sent and canceled").doesNotContainAnyElementsOf(canceled);
    Set<MessageId> either = new HashSet<>(sent);
    either.addAll(canceled);
    assertThat(either).as("every message either sent or canceled").hasSize(count);
    for (MessageId id : canceled) {
      assertThat(messages.byId(id).orElseThrow().status()).isEqualTo(MessageStatus.CANCELED);
    }
    for (MessageId id : sent) {
      assertThat(messages.byId(id).orElseThrow().status()).isEqualTo(MessageStatus.SENDING);
    }
  }

  private static Set<MessageId> ids(List<Claim> claims) {
    Set<MessageId> ids = new HashSet<>();
    claims.forEach(c -> ids.add(c.message().id()));
    return ids;
  }

  private Message add(Message message) {
    assertThat(inTransaction(() -> messages.add(message))).isTrue();
    return message;
  }

  private void update(Message message) {
    inTransaction(
        () -> {
          messages.update(message);
          return null;
        });
  }
}
