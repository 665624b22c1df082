package dev.switchboard.domain.messaging;

import java.util.Map;
import java.util.Optional;

/**
 * What the status codes of Flowroute's delivery receipts mean, as Flowroute's DLR code table words
 * them (for people reading a message's receipts; the state a receipt moves a message to is {@link
 * DeliveryReceipt#outcome()}'s).
 */
public final class DlrCodes {

  private static final Map<Integer, String> MEANINGS =
      Map.ofEntries(
          Map.entry(1000, "Default State"),
          Map.entry(1001, "Message queued for delivery"),
          Map.entry(1002, "Message has been sent"),
          Map.entry(1003, "Message accepted by Carrier"),
          Map.entry(1004, "Message delivered to handset"),
          Map.entry(1005, "Message rejected"),
          Map.entry(1006, "Message expired"),
          Map.entry(1007, "Message failed"),
          Map.entry(1008, "Permanent Send Error"),
          Map.entry(1009, "Partial send failure"),
          Map.entry(1100, "Unknown error"),
          Map.entry(1101, "Source Carrier Invalid"),
          Map.entry(1102, "Destination Carrier Invalid"),
          Map.entry(1103, "Source Not Authorized"),
          Map.entry(1104, "Source Carrier Disabled"),
          Map.entry(1105, "Destination Carrier Disabled"),
          Map.entry(1106, "No Valid Route"),
          Map.entry(1107, "Invalid Source TON"),
          Map.entry(1108, "Invalid Destination TON"),
          Map.entry(1109, "Route Denied"),
          Map.entry(1110, "User Opted Out (STOP)"),
          Map.entry(1111, "Temporary Resolution Failure"),
          Map.entry(1112, "Permanent Resolution Failure"),
          Map.entry(1115, "No Handler found"),
          Map.entry(1116, "Destination Address is not text enabled"),
          Map.entry(1150, "Spam"),
          Map.entry(1152, "Spam Reject"),
          Map.entry(1200, "Unknown error"),
          Map.entry(1201, "Message too long"),
          Map.entry(1202, "Invalid Priority Flag"),
          Map.entry(1203, "Invalid registered delivery flag"),
          Map.entry(1204, "System error"),
          Map.entry(1205, "Invalid source address"),
          Map.entry(1206, "Invalid destination address"),
          Map.entry(1207, "Message ID is invalid"),
          Map.entry(1208, "Cancelling message failed"),
          Map.entry(1209, "Message replacement failed"),
          Map.entry(1210, "Message queue full"),
          Map.entry(1211, "Invalid service type"),
          Map.entry(1212, "Invalid number of destinations"),
          Map.entry(1213, "Invalid distribution list name"),
          Map.entry(1214, "Invalid destination flag"),
          Map.entry(1215, "Invalid submit with replace request"),
          Map.entry(1216, "Invalid esme class set"),
          Map.entry(1217, "Invalid submit to distribution list"),
          Map.entry(1218, "Submitting message has failed"),
          Map.entry(1219, "Invalid source address type of number (TON)"),
          Map.entry(1220, "Invalid source address numbering plan (NPI)"),
          Map.entry(1221, "Invalid destination address type of number (TON)"),
          Map.entry(1222, "Invalid destination address numbering plan (NPI)"));

  private DlrCodes() {}

  /** Flowroute's meaning of a code; empty for a code the table does not have. */
  public static Optional<String> meaning(Integer code) {
    return code == null ? Optional.empty() : Optional.ofNullable(MEANINGS.get(code));
  }

  /**
   * What a receipt says, for a person: the table's meaning of its code, else the description the
   * receipt carried, else its free-text status.
   */
  public static String meaning(DeliveryReceipt receipt) {
    return meaning(receipt.statusCode())
        .orElseGet(
            () ->
                receipt.description() != null && !receipt.description().isBlank()
                    ? receipt.description()
                    : receipt.status());
  }
}
