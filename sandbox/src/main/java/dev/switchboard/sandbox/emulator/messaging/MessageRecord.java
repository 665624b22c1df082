package dev.switchboard.sandbox.emulator.messaging;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A message detail record (MDR) as the emulator stores it.
 *
 * @param direction {@code outbound} or {@code inbound}
 * @param mediaIds ids of the media items (MMS), in order
 * @param encoding 0 for GSM/ASCII, 8 for UCS-2
 * @param deliveryReceipts newest first
 * @param dlrCallback the per-message DLR URL given at send, or null
 */
public record MessageRecord(
    String id,
    String direction,
    String from,
    String to,
    String body,
    boolean mms,
    List<String> mediaUrls,
    List<String> mediaIds,
    int encoding,
    int segments,
    long amountNanodollars,
    String status,
    Instant timestamp,
    List<DeliveryReceipt> deliveryReceipts,
    String dlrCallback) {

  public MessageRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(direction, "direction");
    mediaUrls = List.copyOf(mediaUrls);
    mediaIds = List.copyOf(mediaIds);
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(timestamp, "timestamp");
    deliveryReceipts = List.copyOf(deliveryReceipts);
  }

  /** This record with a new receipt in front and the status it carries. */
  MessageRecord withReceipt(DeliveryReceipt receipt) {
    List<DeliveryReceipt> receipts = new ArrayList<>(deliveryReceipts.size() + 1);
    receipts.add(receipt);
    receipts.addAll(deliveryReceipts);
    return new MessageRecord(
        id,
        direction,
        from,
        to,
        body,
        mms,
        mediaUrls,
        mediaIds,
        encoding,
        segments,
        amountNanodollars,
        receipt.status(),
        timestamp,
        receipts,
        dlrCallback);
  }

  /** Flowroute's display price, e.g. {@code $0.0040}. */
  public String amountDisplay() {
    return String.format(java.util.Locale.ROOT, "$%.4f", amountNanodollars / 1e9);
  }
}
