package dev.switchboard.sandbox.emulator.messaging;

import java.time.Instant;
import java.util.Objects;

/**
 * One delivery receipt of an outbound message.
 *
 * @param level 1 for Flowroute's hand-off to the carrier, 2 for anything later
 * @param statusCode a §7.6 code, or null (level-1 receipts have none)
 */
public record DeliveryReceipt(
    int level, String status, Integer statusCode, String statusCodeDescription, Instant timestamp) {

  public DeliveryReceipt {
    if (level < 1) {
      throw new IllegalArgumentException("level must be >= 1");
    }
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(statusCodeDescription, "statusCodeDescription");
    Objects.requireNonNull(timestamp, "timestamp");
  }
}
