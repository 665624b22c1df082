package dev.switchboard.sandbox.emulator.messaging;

import java.util.List;

/**
 * The receipts a send produces, chosen by the ending of the recipient number (documented in the
 * module README).
 */
final class DeliveryOutcomes {

  /** A receipt to emit, without its time. */
  record Planned(int level, String status, Integer statusCode, String description) {}

  private static final Planned DELIVERED =
      new Planned(2, "delivered", 1004, "Message delivered to handset");

  private DeliveryOutcomes() {}

  static List<Planned> plan(String to, boolean mms) {
    Planned submit =
        new Planned(1, mms ? "mmsc submit" : "smsc submit", null, "Message has been sent");
    if (to.endsWith("0009")) {
      return List.of(submit);
    }
    return List.of(submit, finalReceipt(to));
  }

  private static Planned finalReceipt(String to) {
    if (to.endsWith("0003")) {
      return new Planned(2, "message buffered", 1003, "Message accepted by Carrier");
    }
    if (to.endsWith("0005")) {
      return new Planned(2, "rejected", 1005, "Message rejected");
    }
    if (to.endsWith("0006")) {
      return new Planned(2, "expired", 1006, "Message expired");
    }
    if (to.endsWith("0007")) {
      return new Planned(2, "failed", 1007, "Message failed");
    }
    if (to.endsWith("1110")) {
      return new Planned(2, "failed", 1110, "User Opted Out (STOP)");
    }
    if (to.endsWith("1116")) {
      return new Planned(2, "failed", 1116, "Destination Address is not text enabled");
    }
    return DELIVERED;
  }
}
