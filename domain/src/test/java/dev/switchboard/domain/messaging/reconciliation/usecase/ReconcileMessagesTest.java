package dev.switchboard.domain.messaging.reconciliation.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.events.port.out.RecordingOutbox;
import dev.switchboard.domain.messaging.Message;
import dev.switchboard.domain.messaging.MessageId;
import dev.switchboard.domain.messaging.MessageQuery;
import dev.switchboard.domain.messaging.MessageStatus;
import dev.switchboard.domain.messaging.event.ForeignMessageRecorded;
import dev.switchboard.domain.messaging.event.MessageEvents;
import dev.switchboard.domain.messaging.event.MessageStatusChanged;
import dev.switchboard.domain.messaging.port.out.InMemoryDeliveryReceipts;
import dev.switchboard.domain.messaging.port.out.InMemoryMessages;
import dev.switchboard.domain.messaging.port.out.InMemoryOptOuts;
import dev.switchboard.domain.messaging.reconciliation.CarrierRecord;
import dev.switchboard.domain.messaging.reconciliation.MessageReconciliationReport;
import dev.switchboard.domain.messaging.reconciliation.MessageReconciliationReport.Reason;
import dev.switchboard.domain.messaging.reconciliation.port.out.CarrierRecords;
import dev.switchboard.domain.messaging.usecase.ApplyDeliveryReceipt;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.port.out.DirectUnitOfWork;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The message reconciliation settling stuck messages, recording foreign ones, reporting. */
class ReconcileMessagesTest {

  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
  private static final Instant OLD = NOW.minusSeconds(3600);
  private static final ReconcileMessages.Settings SETTINGS =
      new ReconcileMessages.Settings(Duration.ofHours(24), Duration.ofMinutes(15), 2);

  private final InMemoryMessages messages = new InMemoryMessages();
  private final RecordingOutbox outbox = new RecordingOutbox();
  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  private final MessageEvents events = new MessageEvents(UUID::randomUUID);
  private final ApplyDeliveryReceipt receipts =
      new ApplyDeliveryReceipt(
          messages,
          new InMemoryDeliveryReceipts(),
          new InMemoryOptOuts(),
          outbox,
          events,
          new DirectUnitOfWork(),
          clock);
  private final List<CarrierRecord> carrier = new ArrayList<>();
  private final List<Instant[]> windows = new ArrayList<>();
  private final CarrierRecords listing =
      (from, to, pageSize) -> {
        windows.add(new Instant[] {from, to});
        return new CarrierRecords.Listing(
            carrier, (carrier.size() + pageSize - 1) / pageSize, true);
      };
  private final ReconcileMessages reconcile =
      new ReconcileMessages(
          listing,
          messages,
          receipts,
          outbox,
          events,
          UUID::randomUUID,
          new DirectUnitOfWork(),
          clock);

  @Test
  void reads_the_window_that_ends_now() {
    reconcile.reconcile(SETTINGS);

    assertThat(windows)
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w[0]).isEqualTo(NOW.minus(Duration.ofHours(24)));
              assertThat(w[1]).isEqualTo(NOW);
            });
  }

  @Test
  void a_stuck_sent_message_is_settled_once_and_a_late_receipt_adds_no_event() {
    Message sent = stuck("mdr2-d");
    carrier.add(record("mdr2-d", "delivered", 1004, "12065550100", "Hello"));

    MessageReconciliationReport first = reconcile.reconcile(SETTINGS);
    MessageReconciliationReport second = reconcile.reconcile(SETTINGS);
    receipts.apply(record("mdr2-d", "delivered", 1004, "12065550100", "Hello").asReceipt());

    assertThat(messages.byId(sent.id())).map(Message::status).contains(MessageStatus.DELIVERED);
    assertThat(first.settled()).isEqualTo(1);
    assertThat(second.settled()).isZero();
    assertThat(outbox.types()).containsExactly(MessageStatusChanged.class);
  }

  @Test
  void a_failed_record_settles_its_message_as_failed_with_the_reason() {
    Message sent = stuck("mdr2-f");
    carrier.add(record("mdr2-f", "undelivered", 1007, "12065550100", "Hello"));

    reconcile.reconcile(SETTINGS);

    Message after = messages.byId(sent.id()).orElseThrow();
    assertThat(after.status()).isEqualTo(MessageStatus.FAILED);
    assertThat(after.failureCode()).isEqualTo("1007");
    assertThat(after.failureReason()).isEqualTo("undelivered");
  }

  @Test
  void a_text_someone_else_sent_is_recorded_once_as_foreign_with_one_event() {
    carrier.add(record("mdr2-foreign", "delivered", 1004, "12065550177", "Sent from the portal"));

    MessageReconciliationReport first = reconcile.reconcile(SETTINGS);
    MessageReconciliationReport second = reconcile.reconcile(SETTINGS);

    Message foreign = messages.byFlowrouteId("mdr2-foreign").orElseThrow();
    assertThat(foreign.foreign()).isTrue();
    assertThat(foreign.status()).isEqualTo(MessageStatus.DELIVERED);
    assertThat(foreign.createdAt()).isEqualTo(OLD);
    assertThat(first.foreignRecorded()).isEqualTo(1);
    assertThat(second.foreignRecorded()).isZero();
    assertThat(outbox.types()).containsExactly(ForeignMessageRecorded.class);
    assertThat(messages.list(MessageQuery.newest(10).foreign(true).build()).items())
        .containsExactly(foreign);
  }

  @Test
  void a_record_like_one_of_our_sends_without_an_id_is_reported_not_recorded() {
    Message unsent = queued("Hello");
    messages.add(unsent);
    carrier.add(record("mdr2-maybe", "delivered", 1004, "12065550100", "Hello"));

    MessageReconciliationReport report = reconcile.reconcile(SETTINGS);

    assertThat(report.foreignRecorded()).isZero();
    assertThat(report.unmatched())
        .containsExactly(
            new MessageReconciliationReport.Unmatched(
                "mdr2-maybe", unsent.id().toString(), Reason.LOOKS_LIKE_OURS));
    assertThat(messages.byFlowrouteId("mdr2-maybe")).isEmpty();
  }

  @Test
  void a_stuck_message_without_a_record_in_the_window_is_reported() {
    Message sent = stuck("mdr2-gone");

    MessageReconciliationReport report = reconcile.reconcile(SETTINGS);

    assertThat(report.unmatched())
        .containsExactly(
            new MessageReconciliationReport.Unmatched(
                "mdr2-gone", sent.id().toString(), Reason.NO_RECORD));
  }

  @Test
  void a_record_listed_on_two_pages_is_examined_once() {
    carrier.add(record("mdr2-twice", "delivered", 1004, "12065550177", "x"));
    carrier.add(record("mdr2-twice", "delivered", 1004, "12065550177", "x"));

    MessageReconciliationReport report = reconcile.reconcile(SETTINGS);

    assertThat(report.examined()).isEqualTo(1);
    assertThat(report.foreignRecorded()).isEqualTo(1);
  }

  private Message stuck(String flowrouteId) {
    Message sent = queued("Hello").sent(flowrouteId, OLD);
    messages.add(sent);
    return sent;
  }

  private static Message queued(String body) {
    return Message.queued(
        new MessageId(UUID.randomUUID()),
        new E164Number("+12065550100"),
        new E164Number("+13125550111"),
        body,
        List.of(),
        null,
        null,
        OLD.minusSeconds(10));
  }

  private static CarrierRecord record(
      String id, String status, Integer code, String from, String body) {
    return new CarrierRecord(
        id, true, from, "13125550111", body, false, status, code, status, 2, OLD);
  }
}
