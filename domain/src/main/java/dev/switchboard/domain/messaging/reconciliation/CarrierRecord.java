package dev.switchboard.domain.messaging.reconciliation;

import dev.switchboard.domain.messaging.DeliveryReceipt;
import dev.switchboard.domain.messaging.MessageStatus;
import java.time.Instant;
import java.util.Objects;

/**
 * One of the carrier's message records (a Flowroute MDR), as the message reconciliation reads it:
 * who sent what to whom, and where the carrier says it stands.
 *
 * @param from the sender as the carrier writes it (11 digits for Flowroute)
 * @param to the recipient as the carrier writes it
 * @param status the record's latest status, free text ({@code delivered}, {@code smsc submit}...)
 * @param statusCode the code of its latest delivery receipt, or null
 * @param description the description of its latest delivery receipt, or null
 * @param receiptLevel the level of its latest delivery receipt, 0 when it has none
 * @param timestamp when the carrier took the message
 */
public record CarrierRecord(
    String flowrouteId,
    boolean outbound,
    String from,
    String to,
    String body,
    boolean mms,
    String status,
    Integer statusCode,
    String description,
    int receiptLevel,
    Instant timestamp) {

  public CarrierRecord {
    Objects.requireNonNull(flowrouteId, "flowrouteId");
    Objects.requireNonNull(timestamp, "timestamp");
    status = status == null ? "" : status;
    from = from == null ? "" : from;
    to = to == null ? "" : to;
  }

  /**
   * The record's status read as a delivery receipt, so that it moves a message by the same rules a
   * receipt webhook does.
   */
  public DeliveryReceipt asReceipt() {
    return new DeliveryReceipt(
        flowrouteId,
        receiptLevel == 0 ? 2 : receiptLevel,
        status.length() > DeliveryReceipt.MAX_TEXT
            ? status.substring(0, DeliveryReceipt.MAX_TEXT)
            : status,
        statusCode,
        description,
        timestamp);
  }

  /** Where the record says the message stands: SENT while on its way, else its final outcome. */
  public MessageStatus outcome() {
    return asReceipt().outcome();
  }
}
