package dev.switchboard.domain.messaging.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.messaging.DeliveryReceipt;
import dev.switchboard.domain.messaging.MessageId;
import dev.switchboard.domain.messaging.MessageStatus;
import dev.switchboard.domain.shared.port.out.StoreContract;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link MessageHistory} must do: keep each message's steps whole and in the order they
 * were recorded, apart from other messages' steps.
 */
public abstract class MessageHistoryContract extends StoreContract {

  private static final Instant AT = Instant.parse("2026-03-01T10:00:00.123456Z");

  protected abstract MessageHistory history();

  @Test
  void keeps_a_messages_steps_whole_in_the_order_they_were_recorded() {
    MessageId message = new MessageId(UUID.randomUUID());
    MessageId other = new MessageId(UUID.randomUUID());
    HistoryEntry queued = step(message, AT, MessageStatus.QUEUED, null, null);
    HistoryEntry retry =
        new HistoryEntry(
            message,
            AT.plusSeconds(1),
            MessageStatus.QUEUED,
            Optional.of(MessageStatus.SENDING),
            "http-503",
            "Service Unavailable",
            Optional.of(AT.plusSeconds(61)),
            Optional.empty());
    HistoryEntry sent = step(message, AT.plusSeconds(62), MessageStatus.SENT, null, null);
    DeliveryReceipt receipt =
        new DeliveryReceipt(
            "mdr2-h", 2, "delivered", 1004, "Message delivered to handset", AT.plusSeconds(63));
    // Recorded at the same instant as the step before it: the order of recording still holds.
    HistoryEntry delivered =
        step(message, AT.plusSeconds(62), MessageStatus.DELIVERED, MessageStatus.SENT, receipt);

    write(() -> history().record(List.of(queued, retry)));
    write(() -> history().record(List.of(step(other, AT, MessageStatus.QUEUED, null, null))));
    write(() -> history().record(List.of(sent, delivered)));

    assertThat(history().of(message)).containsExactly(queued, retry, sent, delivered);
    assertThat(history().of(other)).hasSize(1);
    assertThat(history().of(new MessageId(UUID.randomUUID()))).isEmpty();
  }

  private static HistoryEntry step(
      MessageId message,
      Instant at,
      MessageStatus status,
      MessageStatus previous,
      DeliveryReceipt receipt) {
    return new HistoryEntry(
        message,
        at,
        status,
        Optional.ofNullable(previous),
        null,
        null,
        Optional.empty(),
        Optional.ofNullable(receipt));
  }
}
