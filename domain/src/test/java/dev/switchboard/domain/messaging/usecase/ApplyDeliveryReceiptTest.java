package dev.switchboard.domain.messaging.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.events.port.out.RecordingOutbox;
import dev.switchboard.domain.messaging.DeliveryReceipt;
import dev.switchboard.domain.messaging.Message;
import dev.switchboard.domain.messaging.MessageId;
import dev.switchboard.domain.messaging.MessageStatus;
import dev.switchboard.domain.messaging.OptOut;
import dev.switchboard.domain.messaging.OptOutSource;
import dev.switchboard.domain.messaging.event.MessageEvents;
import dev.switchboard.domain.messaging.event.MessageStatusChanged;
import dev.switchboard.domain.messaging.event.OptOutAdded;
import dev.switchboard.domain.messaging.history.HistoryKeepingOutbox;
import dev.switchboard.domain.messaging.history.InMemoryMessageHistory;
import dev.switchboard.domain.messaging.port.out.InMemoryDeliveryReceipts;
import dev.switchboard.domain.messaging.port.out.InMemoryMessages;
import dev.switchboard.domain.messaging.port.out.InMemoryOptOuts;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.port.out.DirectUnitOfWork;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Delivery receipts recorded, matched to their messages, and moving them forward. */
class ApplyDeliveryReceiptTest {

  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
  private static final E164Number OURS = new E164Number("+12065550100");
  private static final E164Number PHONE = new E164Number("+13125550111");

  private final InMemoryMessages messages = new InMemoryMessages();
  private final InMemoryDeliveryReceipts receipts = new InMemoryDeliveryReceipts();
  private final InMemoryOptOuts optOuts = new InMemoryOptOuts();
  private final RecordingOutbox outbox = new RecordingOutbox();
  private final DirectUnitOfWork unitOfWork = new DirectUnitOfWork();
  private final ApplyDeliveryReceipt apply =
      new ApplyDeliveryReceipt(
          messages,
          receipts,
          optOuts,
          outbox,
          new MessageEvents(UUID::randomUUID),
          unitOfWork,
          Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void a_receipt_moves_its_message_forward_in_one_transaction_and_tells_of_it() {
    Message sent = recorded(queued().sent("mdr2-1", NOW.minusSeconds(5)));
    DeliveryReceipt delivered = receipt("mdr2-1", 1004);

    Optional<Message> after = apply.apply(delivered);

    assertThat(after).map(Message::status).contains(MessageStatus.DELIVERED);
    assertThat(messages.byId(sent.id())).isEqualTo(after);
    assertThat(receipts.of(sent.id())).containsExactly(delivered);
    assertThat(outbox.types()).containsExactly(MessageStatusChanged.class);
    assertThat(unitOfWork.transactions()).isEqualTo(1);
  }

  @Test
  void through_a_history_keeping_outbox_the_step_and_its_receipt_outlive_the_event() {
    InMemoryMessageHistory history = new InMemoryMessageHistory();
    ApplyDeliveryReceipt keeping =
        new ApplyDeliveryReceipt(
            messages,
            receipts,
            optOuts,
            new HistoryKeepingOutbox(outbox, history),
            new MessageEvents(UUID::randomUUID),
            unitOfWork,
            Clock.fixed(NOW, ZoneOffset.UTC));
    Message sent = recorded(queued().sent("mdr2-1", NOW.minusSeconds(5)));
    DeliveryReceipt delivered = receipt("mdr2-1", 1004);

    keeping.apply(delivered);
    keeping.apply(receipt("mdr2-1", 1003));

    // The late receipt moved nothing, so it is no step (the receipts record keeps it).
    assertThat(history.of(sent.id()))
        .singleElement()
        .satisfies(
            step -> {
              assertThat(step.status()).isEqualTo(MessageStatus.DELIVERED);
              assertThat(step.previous()).contains(MessageStatus.SENT);
              assertThat(step.at()).isEqualTo(NOW);
              assertThat(step.receipt()).contains(delivered);
            });
    assertThat(outbox.types()).containsExactly(MessageStatusChanged.class);
  }

  @Test
  void a_receipt_for_an_id_we_do_not_know_yet_is_kept_unmatched() {
    DeliveryReceipt early = receipt("mdr2-early", 1004);

    assertThat(apply.apply(early)).isEmpty();

    assertThat(receipts.unmatched("mdr2-early")).containsExactly(early);
    assertThat(outbox.events()).isEmpty();
  }

  @Test
  void a_late_receipt_is_recorded_but_moves_nothing_back() {
    Message delivered =
        recorded(queued().sent("mdr2-1", NOW.minusSeconds(5)))
            .afterReceipt(receipt("mdr2-1", 1004), NOW.minusSeconds(1))
            .orElseThrow();
    messages.update(delivered);
    DeliveryReceipt late = receipt("mdr2-1", 1003);

    assertThat(apply.apply(late)).contains(delivered);

    assertThat(messages.byId(delivered.id())).contains(delivered);
    assertThat(receipts.of(delivered.id())).containsExactly(late);
    assertThat(outbox.events()).isEmpty();
  }

  @Test
  void a_receipt_saying_the_recipient_opted_out_opts_the_pair_out() {
    recorded(queued().sent("mdr2-1", NOW.minusSeconds(5)));

    apply.apply(receipt("mdr2-1", DeliveryReceipt.OPTED_OUT));

    assertThat(optOuts.isOptedOut(OURS, PHONE)).isTrue();
    OptOut recorded = optOuts.entry(OURS, PHONE).orElseThrow();
    assertThat(recorded.reason()).isEqualTo("carrier-dlr-1110");
    assertThat(recorded.source()).isEqualTo(OptOutSource.CARRIER);
    assertThat(recorded.actor()).isEqualTo("carrier");
    assertThat(outbox.events())
        .filteredOn(OptOutAdded.class::isInstance)
        .singleElement()
        .extracting(e -> ((OptOutAdded) e).optOut())
        .isEqualTo(recorded);
  }

  @Test
  void a_receipt_naming_our_unsent_message_settles_it_as_sent_under_the_receipts_id() {
    Message unsent = recorded(queued());

    Optional<Message> after = apply.apply(receipt("mdr2-late", 1004), Optional.of(unsent.id()));

    assertThat(after).map(Message::status).contains(MessageStatus.DELIVERED);
    assertThat(messages.byFlowrouteId("mdr2-late").map(Message::id)).contains(unsent.id());
    assertThat(outbox.events())
        .extracting(e -> ((MessageStatusChanged) e).status())
        .containsExactly(MessageStatus.SENT, MessageStatus.DELIVERED);
  }

  @Test
  void a_receipt_naming_a_message_already_sent_under_another_id_is_kept_unmatched() {
    Message sent = recorded(queued().sent("mdr2-first", NOW.minusSeconds(5)));

    assertThat(apply.apply(receipt("mdr2-other", 1004), Optional.of(sent.id()))).isEmpty();

    assertThat(messages.byId(sent.id())).contains(sent);
    assertThat(receipts.unmatched("mdr2-other")).hasSize(1);
    assertThat(outbox.events()).isEmpty();
  }

  private Message recorded(Message message) {
    assertThat(messages.add(message)).isTrue();
    return message;
  }

  private static Message queued() {
    return Message.queued(
        new MessageId(UUID.randomUUID()),
        OURS,
        PHONE,
        "hello",
        List.of(),
        null,
        "fp",
        NOW.minusSeconds(10));
  }

  private static DeliveryReceipt receipt(String flowrouteId, int code) {
    return new DeliveryReceipt(flowrouteId, 2, "status " + code, code, "desc", NOW);
  }
}
