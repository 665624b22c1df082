package dev.switchboard.sandbox.emulator.messaging;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.sandbox.emulator.account.Account;
import dev.switchboard.sandbox.emulator.account.AccountNumber;
import dev.switchboard.sandbox.emulator.account.CallbackType;
import dev.switchboard.sandbox.emulator.account.PhoneNumbers;
import dev.switchboard.sandbox.emulator.http.FlowrouteException;
import dev.switchboard.sandbox.emulator.http.Json;
import dev.switchboard.sandbox.emulator.http.Secrets;
import dev.switchboard.sandbox.emulator.http.Timestamps;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Makes a phone text one of our numbers: stores the inbound MDR and POSTs Flowroute's inbound
 * webhook (§7.2, §7.3, or the legacy flat §7.5 form) to the number-level or account-level callback.
 */
public final class InboundService {

  private final Account account;
  private final MessageStore store;
  private final MediaStore media;
  private final WebhookSender sender;
  private final String baseUrl;

  public InboundService(
      Account account, MessageStore store, MediaStore media, WebhookSender sender, String baseUrl) {
    this.account = account;
    this.store = store;
    this.media = media;
    this.sender = sender;
    this.baseUrl = baseUrl;
  }

  /** Where the webhook of an inbound message stands; empty for another id (a receipt's, say). */
  public Optional<WebhookDelivery> delivery(String id) {
    return sender.delivery(id).filter(d -> d.kind().equals("inbound"));
  }

  public InboundResult receive(InboundRequest request) {
    String from = PhoneNumbers.sender(request.from());
    if (from == null) {
      throw FlowrouteException.unprocessable(
          "from must be a phone number such as +12065550199 or +447700900123, a short code such"
              + " as 12345, or a sender ID such as ACME; got "
              + request.from()
              + ".");
    }
    String to = PhoneNumbers.lenient(request.to());
    if (to == null || account.number(to).isEmpty()) {
      throw FlowrouteException.unprocessable(
          "to must be one of the account's numbers ("
              + String.join(", ", account.numbers().stream().map(AccountNumber::number).toList())
              + "); got "
              + request.to()
              + ".");
    }
    boolean mms = !request.mediaUrls().isEmpty();
    String version = version(request.format());
    boolean legacy = version.equals("legacy");
    if (legacy && mms) {
      throw FlowrouteException.unprocessable("The legacy format carries SMS only, not media.");
    }
    String body = request.body();
    if (!mms && (body == null || body.isEmpty())) {
      throw FlowrouteException.unprocessable("An inbound SMS needs a non-empty body.");
    }
    CallbackType type = mms ? CallbackType.MMS_CALLBACK : CallbackType.SMS_CALLBACK;
    String url =
        account
            .callbackFor(to, type)
            .orElseThrow(
                () ->
                    new FlowrouteException(
                        409,
                        "Conflict",
                        "No "
                            + type.pathName()
                            + " is set for "
                            + to
                            + " or the account: set one with PUT /v2.1/messages/"
                            + type.pathName()
                            + " or POST /v2/numbers/"
                            + to
                            + "/relationships/"
                            + type.pathName()
                            + "."));
    String id = Ids.mdr();
    List<String> mediaIds = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    for (int i = 1; i <= request.mediaUrls().size(); i++) {
      String mediaId = Ids.media(id, i);
      mediaIds.add(mediaId);
      sizes.add(media.add(mediaId));
    }
    MessageEncoding encoding = MessageEncoding.of(body);
    MessageRecord record =
        new MessageRecord(
            id,
            "inbound",
            from,
            to,
            body == null || body.isEmpty() ? null : body,
            mms,
            request.mediaUrls(),
            mediaIds,
            encoding.encoding(),
            encoding.segments(),
            encoding.price(mms),
            mms ? "" : "delivered",
            Timestamps.now(),
            List.of(),
            null);
    store.add(record);
    ObjectNode payload =
        legacy
            ? legacyPayload(record)
            : mms ? mmsPayload(record, sizes, version) : smsPayload(record, url, version);
    sender.send(id, "inbound", url, Json.bytes(payload));
    return new InboundResult(id, Secrets.maskWebhookSecret(url));
  }

  /** {@code legacy}, {@code v2.1} or {@code v2.2}: the request's format, else the account's. */
  private String version(String format) {
    String f = format == null ? account.messagingApiVersion() : format;
    String normalised = f.toLowerCase(Locale.ROOT);
    if (normalised.equals("legacy") || normalised.equals("v2")) {
      return "legacy";
    }
    if (normalised.equals("v2.1") || normalised.equals("v2.2")) {
      return normalised;
    }
    throw FlowrouteException.unprocessable(
        "format must be v2.1, v2.2 or legacy; got " + format + ".");
  }

  private static ObjectNode legacyPayload(MessageRecord r) {
    return Json.object()
        .put("to", r.to())
        .put("body", r.body())
        .put("from", r.from())
        .put("id", r.id());
  }

  private static ObjectNode attributes(ObjectNode data, MessageRecord r) {
    data.put("type", "message");
    data.put("id", r.id());
    ObjectNode a = data.putObject("attributes");
    a.put("amount_display", r.amountDisplay());
    return a;
  }

  private static ObjectNode smsPayload(MessageRecord r, String url, String version) {
    ObjectNode document = Json.object();
    ObjectNode a = attributes(document.putObject("data"), r);
    // The newest real capture (2024) carries amount_nanodollars as a string.
    a.put("amount_nanodollars", String.valueOf(r.amountNanodollars()));
    a.put("body", r.body());
    a.putArray("delivery_receipts");
    common(a, r, version);
    a.put("message_callback_url", url);
    return document;
  }

  private ObjectNode mmsPayload(MessageRecord r, List<Integer> sizes, String version) {
    ObjectNode document = Json.object();
    ObjectNode data = document.putObject("data");
    ObjectNode a = attributes(data, r);
    a.put("amount_nanodollars", r.amountNanodollars());
    a.put("body", r.body());
    a.putArray("delivery_receipts");
    common(a, r, version);
    ArrayNode relationships = data.putObject("relationships").putObject("media").putArray("data");
    ArrayNode included = document.putArray("included");
    for (int i = 0; i < r.mediaIds().size(); i++) {
      String mediaId = r.mediaIds().get(i);
      relationships.addObject().put("id", mediaId).put("type", "media");
      ObjectNode item = included.addObject();
      item.put("id", mediaId);
      item.put("type", "media");
      item.putObject("attributes")
          .put("file_name", String.format(Locale.ROOT, "image%06d.png", i))
          .put("file_size", sizes.get(i))
          .put("mime_type", "image/png")
          .put("url", baseUrl + "/sandbox/media/" + mediaId + media.expiringQuery(Instant.now()));
      item.putObject("links").put("self", baseUrl + "/" + version + "/media/" + mediaId);
    }
    return document;
  }

  /** Messaging v2.2 writes numbers in E.164 with the plus (reference section 8.2). */
  private static String number(String v21Form, String version) {
    return version.equals("v2.2") && PhoneNumbers.isFullNumber(v21Form) ? "+" + v21Form : v21Form;
  }

  private static void common(ObjectNode a, MessageRecord r, String version) {
    a.put("direction", "inbound");
    a.put("from", number(r.from(), version));
    a.put("is_mms", r.mms());
    a.put("message_encoding", r.encoding());
    a.put("message_type", "longcode");
    a.put("status", r.status());
    a.put("timestamp", Timestamps.mdr(r.timestamp()));
    a.put("to", number(r.to(), version));
  }
}
