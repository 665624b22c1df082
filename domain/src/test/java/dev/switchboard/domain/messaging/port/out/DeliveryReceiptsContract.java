package dev.switchboard.domain.messaging.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.messaging.DeliveryReceipt;
import dev.switchboard.domain.messaging.MessageId;
import dev.switchboard.domain.shared.port.out.StoreContract;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every {@link DeliveryReceipts} record must do: keep receipts in arrival order, those of
 * unknown Flowroute ids apart until matched, and match only the unmatched ones of that id.
 */
public abstract class DeliveryReceiptsContract extends StoreContract {

  private static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");

  protected abstract DeliveryReceipts receipts();

  /** The id of a message recorded in the store (receipts may have to point at a real one). */
  protected abstract MessageId aRecordedMessage();

  @Test
  void keeps_the_receipts_of_a_message_in_arrival_order_whole() {
    MessageId message = aRecordedMessage();
    DeliveryReceipt sent = receipt("mdr2-a", "message buffered", 1003, 1);
    DeliveryReceipt delivered = receipt("mdr2-a", "delivered", 1004, 2);

    write(
        () -> {
          receipts().lock("mdr2-a");
          receipts().add(sent, Optional.of(message));
        });
    write(() -> receipts().add(delivered, Optional.of(message)));

    assertThat(receipts().of(message)).containsExactly(sent, delivered);
    assertThat(receipts().unmatched("mdr2-a")).isEmpty();
  }

  @Test
  void keeps_receipts_of_an_unknown_id_apart_until_they_are_matched() {
    MessageId message = aRecordedMessage();
    DeliveryReceipt early = receipt("mdr2-early", "delivered", 1004, 1);
    DeliveryReceipt other = receipt("mdr2-other", "delivered", 1004, 1);
    write(() -> receipts().add(early, Optional.empty()));
    write(() -> receipts().add(other, Optional.empty()));

    assertThat(receipts().unmatched("mdr2-early")).containsExactly(early);
    assertThat(receipts().of(message)).isEmpty();

    write(() -> receipts().match("mdr2-early", message));

    assertThat(receipts().unmatched("mdr2-early")).isEmpty();
    assertThat(receipts().of(message)).containsExactly(early);
    assertThat(receipts().unmatched("mdr2-other")).containsExactly(other);
  }

  @Test
  void a_match_leaves_receipts_already_matched_to_another_message_alone() {
    MessageId first = aRecordedMessage();
    MessageId second = aRecordedMessage();
    DeliveryReceipt matched = receipt("mdr2-same", "delivered", 1004, 1);
    write(() -> receipts().add(matched, Optional.of(first)));

    write(() -> receipts().match("mdr2-same", second));

    assertThat(receipts().of(first)).containsExactly(matched);
    assertThat(receipts().of(second)).isEmpty();
  }

  @Test
  void keeps_a_receipt_without_a_code_or_description() {
    MessageId message = aRecordedMessage();
    DeliveryReceipt bare = new DeliveryReceipt("mdr2-bare", 2, "", null, null, AT);

    write(() -> receipts().add(bare, Optional.of(message)));

    assertThat(receipts().of(message)).containsExactly(bare);
  }

  private static DeliveryReceipt receipt(String id, String status, int code, int second) {
    return new DeliveryReceipt(id, 2, status, code, "desc " + status, AT.plusSeconds(second));
  }
}
