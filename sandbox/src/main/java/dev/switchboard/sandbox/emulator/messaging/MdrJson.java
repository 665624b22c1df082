package dev.switchboard.sandbox.emulator.messaging;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.sandbox.emulator.http.Json;
import dev.switchboard.sandbox.emulator.http.Timestamps;

/** Renders MDRs (§6.3) and delivery-receipt webhooks (§7.4) as Flowroute writes them. */
final class MdrJson {

  private MdrJson() {}

  /** The {@code data} object of an MDR lookup. */
  static ObjectNode resource(MessageRecord r, String baseUrl) {
    ObjectNode data = Json.object();
    data.put("type", "message");
    data.put("id", r.id());
    ObjectNode a = data.putObject("attributes");
    a.put("amount_display", r.amountDisplay());
    a.put("amount_nanodollars", r.amountNanodollars());
    a.put("body", r.body());
    ArrayNode receipts = a.putArray("delivery_receipts");
    for (DeliveryReceipt receipt : r.deliveryReceipts()) {
      ObjectNode item = receipts.addObject();
      item.put("level", receipt.level());
      item.put("status", receipt.status());
      if (receipt.statusCode() == null) {
        item.putNull("status_code");
      } else {
        item.put("status_code", receipt.statusCode());
      }
      item.put("status_code_description", receipt.statusCodeDescription());
      item.put("timestamp", Timestamps.mdr(receipt.timestamp()));
    }
    a.put("direction", r.direction());
    a.put("from", r.from());
    a.put("is_mms", r.mms());
    a.put("message_encoding", r.encoding());
    a.put("message_type", "longcode");
    a.put("status", r.status());
    a.put("timestamp", Timestamps.mdr(r.timestamp()));
    a.put("to", r.to());
    if (r.mms() && !r.mediaIds().isEmpty()) {
      ArrayNode media = data.putObject("relationships").putObject("media").putArray("data");
      r.mediaIds().forEach(id -> media.addObject().put("id", id).put("type", "media"));
    }
    data.putObject("links").put("self", baseUrl + "/v2.1/messages/" + r.id());
    return data;
  }

  /**
   * The {@code data} object of a legacy Messages v2 record (§8.1, the v2 MDR example of Flowroute's
   * message-length page): {@code has_mms}, {@code callback_url}, {@code type: "messages"}, {@code
   * message_type: "long-code"}, a timestamp with microseconds and {@code +00:00}; no status and no
   * receipts.
   */
  static ObjectNode v2Resource(MessageRecord r) {
    ObjectNode data = Json.object();
    data.put("type", "message");
    data.put("id", r.id());
    ObjectNode a = data.putObject("attributes");
    a.put("body", r.body());
    a.put("direction", r.direction());
    a.put("timestamp", Timestamps.v2Mdr(r.timestamp()));
    a.put("amount_nanodollars", r.amountNanodollars());
    a.put("amount_display", r.amountDisplay());
    a.put("from", r.from());
    a.put("to", r.to());
    a.put("message_encoding", r.encoding());
    a.put("type", "messages");
    a.put("has_mms", r.mms());
    a.putNull("callback_url");
    a.put("message_type", "long-code");
    return data;
  }

  /** The §7.4 delivery-receipt webhook document. */
  static ObjectNode deliveryReceipt(
      MessageRecord r, DeliveryReceipt receipt, String baseUrl, String apiVersion) {
    ObjectNode document = Json.object();
    ObjectNode data = document.putObject("data");
    data.put("type", "delivery_receipt");
    data.put("id", r.id());
    ObjectNode a = data.putObject("attributes");
    a.put("body", r.mms() ? "" : r.body());
    a.put("level", receipt.level());
    a.put("status", receipt.status());
    if (receipt.statusCode() == null) {
      a.putNull("status_code");
    } else {
      a.put("status_code", receipt.statusCode());
    }
    a.put("status_code_description", receipt.statusCodeDescription());
    a.put("timestamp", Timestamps.dlr(receipt.timestamp()));
    // The link follows the account's messaging API version (/v2.1/ or /v2.2/, reference section
    // 7.4).
    String version = "v2.2".equals(apiVersion) ? "v2.2" : "v2.1";
    data.putObject("links").put("related", baseUrl + "/" + version + "/messages/" + r.id());
    return document;
  }
}
