package dev.switchboard.domain.messaging;

import dev.switchboard.domain.shared.ProblemType;
import dev.switchboard.domain.shared.ValidationException;
import java.time.Instant;
import java.util.Locale;

/**
 * A delivery receipt (DLR) from Flowroute for one of our outbound messages, with its raw status
 * kept as Flowroute sent it.
 */
public record DeliveryReceipt(
    String flowrouteId,
    int level,
    String status,
    Integer statusCode,
    String description,
    Instant timestamp) {

  /** DLR code for a recipient who texted STOP. */
  public static final int OPTED_OUT = 1110;

  /** The longest id or status a receipt may carry. */
  public static final int MAX_TEXT = 255;

  public DeliveryReceipt {
    if (flowrouteId == null || flowrouteId.isBlank()) {
      throw new ValidationException(
          ProblemType.INVALID_RECEIPT, "a delivery receipt needs a message id");
    }
    if (timestamp == null) {
      throw new ValidationException(
          ProblemType.INVALID_RECEIPT, "a delivery receipt needs a timestamp");
    }
    status = status == null ? "" : status;
    // Flowroute's ids and statuses are short words; the record keeps at most this much of each.
    if (flowrouteId.length() > MAX_TEXT || status.length() > MAX_TEXT) {
      throw new ValidationException(
          ProblemType.INVALID_RECEIPT,
          "a receipt's id and status are at most " + MAX_TEXT + " characters");
    }
  }

  /**
   * The message state this receipt tells of: SENT while the message is still on its way, then the
   * final outcome. Codes follow Flowroute's DLR table; the free-text status is used where the code
   * is missing.
   */
  public MessageStatus outcome() {
    String text = status.toLowerCase(Locale.ROOT).strip();
    if (statusCode != null) {
      int code = statusCode;
      if (code == 1004) {
        return MessageStatus.DELIVERED;
      }
      if (code == 1005) {
        return MessageStatus.REJECTED;
      }
      if (code == 1006) {
        return MessageStatus.EXPIRED;
      }
      if (code >= 1007) {
        return MessageStatus.FAILED;
      }
      return MessageStatus.SENT;
    }
    return switch (text) {
      case "delivered", "delivrd" -> MessageStatus.DELIVERED;
      case "rejected", "rejectd" -> MessageStatus.REJECTED;
      case "expired" -> MessageStatus.EXPIRED;
      case "failed", "undelivered", "undeliv" -> MessageStatus.FAILED;
      default -> MessageStatus.SENT;
    };
  }

  public boolean recipientOptedOut() {
    return statusCode != null && statusCode == OPTED_OUT;
  }
}
