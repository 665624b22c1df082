package dev.switchboard.domain.messaging.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.events.DomainEvent;
import dev.switchboard.domain.messaging.Message;
import dev.switchboard.domain.messaging.Schedule;
import dev.switchboard.domain.messaging.Senders;
import dev.switchboard.domain.messaging.event.MessageEvents;
import dev.switchboard.domain.messaging.port.out.InMemoryMessages;
import dev.switchboard.domain.messaging.port.out.InMemoryOptOuts;
import dev.switchboard.domain.numbers.OwnedNumbers;
import dev.switchboard.domain.numbers.port.out.InMemoryNumberInventory;
import dev.switchboard.domain.shared.DomainException;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.MutableClock;
import dev.switchboard.domain.shared.ValidationException;
import dev.switchboard.domain.shared.port.out.DirectUnitOfWork;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The rules of sendAt, expiresAt and batch requests at acceptance. */
class ScheduledAndBatchSendsTest {

  private static final Instant NOW = Instant.parse("2026-11-27T09:05:00Z");
  private static final String OURS = "+12065550100";
  private static final String PHONE = "+12065550199";

  private final MutableClock clock = new MutableClock(NOW);
  private final InMemoryMessages messages = new InMemoryMessages();
  private final InMemoryOptOuts optOuts = new InMemoryOptOuts();
  private final List<DomainEvent> outbox = new ArrayList<>();
  private final SendMessage sendMessage =
      new SendMessage(
          messages,
          new SeparateSendChecks(messages, new Senders(ourNumber()), optOuts),
          outbox::add,
          new MessageEvents(UUID::randomUUID),
          new DirectUnitOfWork(),
          UUID::randomUUID,
          clock,
          SendMessage.Settings.defaults());

  private static InMemoryNumberInventory ourNumber() {
    InMemoryNumberInventory inventory = new InMemoryNumberInventory();
    inventory.save(OwnedNumbers.local(OURS));
    return inventory;
  }

  private SendMessage.Command scheduled(Instant sendAt, Instant expiresAt, String key) {
    return new SendMessage.Command(OURS, PHONE, "hi", null, key, "svc", sendAt, expiresAt);
  }

  private static void assertRefused(Runnable send, String code) {
    assertThatThrownBy(send::run)
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.code()).isEqualTo(code));
  }

  @Test
  void a_message_with_send_at_is_first_due_then_and_keeps_its_schedule() {
    Instant sendAt = NOW.plus(Duration.ofHours(2));
    Instant expiresAt = sendAt.plusSeconds(600);

    Message queued = sendMessage.send(scheduled(sendAt, expiresAt, null)).message();

    assertThat(queued.nextAttemptAt()).isEqualTo(sendAt);
    assertThat(queued.schedule()).isEqualTo(new Schedule(sendAt, expiresAt));
    assertThat(messages.byId(queued.id()).orElseThrow().schedule().expiresAt())
        .isEqualTo(expiresAt);
  }

  @Test
  void a_send_at_in_the_past_is_due_now() {
    Message queued = sendMessage.send(scheduled(NOW.minusSeconds(60), null, null)).message();

    assertThat(queued.nextAttemptAt()).isEqualTo(NOW);
  }

  @Test
  void an_expiry_already_past_or_not_after_send_at_or_a_send_at_too_far_ahead_is_refused() {
    assertRefused(() -> sendMessage.send(scheduled(null, NOW, null)), "invalid-schedule");
    assertRefused(
        () -> sendMessage.send(scheduled(null, NOW.minusSeconds(1), null)), "invalid-schedule");
    assertRefused(
        () -> sendMessage.send(scheduled(NOW.plusSeconds(60), NOW.plusSeconds(60), null)),
        "invalid-schedule");
    assertRefused(
        () -> sendMessage.send(scheduled(NOW.plusSeconds(60), NOW.plusSeconds(30), null)),
        "invalid-schedule");
    assertRefused(
        () -> sendMessage.send(scheduled(NOW.plus(Schedule.MAX_AHEAD).plusSeconds(1), null, null)),
        "invalid-schedule");
    assertThat(sendMessage.send(scheduled(NOW.plus(Schedule.MAX_AHEAD), null, null)).message())
        .isNotNull();
  }

  @Test
  void a_replay_after_the_expiry_answers_the_accepted_message_not_a_refusal() {
    SendMessage.Result first = sendMessage.send(scheduled(null, NOW.plusSeconds(30), "k1"));
    clock.advance(Duration.ofSeconds(60));

    SendMessage.Result replay = sendMessage.send(scheduled(null, NOW.plusSeconds(30), "k1"));

    assertThat(replay.replayed()).isTrue();
    assertThat(replay.message().id()).isEqualTo(first.message().id());
  }

  @Test
  void the_same_key_with_another_schedule_is_another_request() {
    sendMessage.send(scheduled(null, NOW.plusSeconds(30), "k2"));

    assertThatThrownBy(() -> sendMessage.send(scheduled(null, NOW.plusSeconds(31), "k2")))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.code()).isEqualTo("idempotency-key-reused"));
  }

  @Test
  void an_empty_batch_or_one_of_more_than_a_thousand_is_refused() {
    assertRefused(() -> sendMessage.prepareBatch(List.of(), null, "svc"), "invalid-batch");
    List<SendMessage.Command> tooMany =
        Collections.nCopies(SendMessage.MAX_BATCH + 1, scheduled(null, null, null));
    assertRefused(() -> sendMessage.prepareBatch(tooMany, null, "svc"), "invalid-batch");
    assertThat(
            sendMessage.prepareBatch(
                Collections.nCopies(SendMessage.MAX_BATCH, scheduled(null, null, null)),
                null,
                "svc"))
        .hasSize(SendMessage.MAX_BATCH);
  }

  @Test
  void a_batch_answers_each_message_and_its_replay_answers_the_same_messages() {
    optOuts.add(
        new dev.switchboard.domain.messaging.OptOut(
            UUID.randomUUID(),
            java.util.Optional.of(E164Number.parse(OURS)),
            E164Number.parse("+12065550177"),
            dev.switchboard.domain.messaging.OptOutSource.KEYWORD,
            null,
            "STOP",
            NOW));
    List<SendMessage.Command> commands =
        List.of(
            scheduled(null, null, "batch-1"),
            new SendMessage.Command(OURS, "not a number", "hi", null, "batch-1", "svc"),
            new SendMessage.Command(OURS, "+12065550177", "hi", null, "batch-1", "svc"),
            scheduled(NOW.plusSeconds(300), null, "batch-1"));

    List<SendMessage.Outcome> first = store(commands);
    List<SendMessage.Outcome> replay = store(commands);

    assertThat(first.get(0).result().replayed()).isFalse();
    assertThat(codeOf(first.get(1))).isEqualTo("invalid-phone-number");
    assertThat(codeOf(first.get(2))).isEqualTo("recipient-opted-out");
    assertThat(first.get(3).result().message().nextAttemptAt()).isEqualTo(NOW.plusSeconds(300));
    assertThat(replay.get(0).result().replayed()).isTrue();
    assertThat(replay.get(0).result().message().id())
        .isEqualTo(first.get(0).result().message().id());
    assertThat(replay.get(3).result().message().id())
        .isEqualTo(first.get(3).result().message().id());
    assertThat(codeOf(replay.get(1))).isEqualTo("invalid-phone-number");
    assertThat(codeOf(replay.get(2))).isEqualTo("recipient-opted-out");
    assertThat(outbox).as("one event per message queued, none for the replay").hasSize(2);
  }

  @Test
  void a_batch_key_never_names_a_single_request_of_the_same_key() {
    List<SendMessage.Outcome> batch = store(List.of(scheduled(null, null, "same")));

    SendMessage.Result single = sendMessage.send(scheduled(null, null, "same"));

    assertThat(single.replayed()).isFalse();
    assertThat(single.message().id()).isNotEqualTo(batch.get(0).result().message().id());
  }

  private static String codeOf(SendMessage.Outcome outcome) {
    return ((DomainException) outcome.refusal()).code();
  }

  /**
   * Prepares a batch and stores its valid messages in one transaction, as the group commit does.
   */
  private List<SendMessage.Outcome> store(List<SendMessage.Command> commands) {
    List<SendMessage.Outcome> prepared =
        sendMessage.prepareBatch(commands, commands.get(0).idempotencyKey(), "svc");
    List<SendMessage.Prepared> valid =
        prepared.stream().map(SendMessage.Outcome::prepared).filter(p -> p != null).toList();
    List<SendMessage.Outcome> stored = new ArrayList<>(sendMessage.sendAll(valid));
    List<SendMessage.Outcome> outcomes = new ArrayList<>();
    for (SendMessage.Outcome outcome : prepared) {
      outcomes.add(outcome.prepared() == null ? outcome : stored.remove(0));
    }
    return outcomes;
  }
}
