package dev.switchboard.sandbox.emulator.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.sandbox.emulator.account.Account;
import dev.switchboard.sandbox.emulator.account.AccountNumber;
import dev.switchboard.sandbox.emulator.account.PhoneNumbers;
import dev.switchboard.sandbox.emulator.faults.AcceptedAnswer;
import dev.switchboard.sandbox.emulator.faults.Faults;
import dev.switchboard.sandbox.emulator.http.FlowrouteException;
import dev.switchboard.sandbox.emulator.http.Json;
import dev.switchboard.sandbox.emulator.http.Timestamps;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /v2.1/messages} and the legacy {@code POST /v2/messages}: validates like Flowroute,
 * stores the MDR and, for v2.1, starts its receipts (v2 documents none, reference §8.1).
 */
public final class SendService {

  private final Account account;
  private final MessageStore store;
  private final Faults faults;
  private final MediaFetcher mediaFetcher;
  private final DlrSimulator dlr;
  private final SendCounters stats = new SendCounters();

  public SendService(
      Account account,
      MessageStore store,
      Faults faults,
      MediaFetcher mediaFetcher,
      DlrSimulator dlr) {
    this.account = account;
    this.store = store;
    this.faults = faults;
    this.mediaFetcher = mediaFetcher;
    this.dlr = dlr;
  }

  /** A send that was stored, with the fault planned for its answer if any. */
  record Accepted(MessageRecord record, Optional<AcceptedAnswer> fault) {}

  private static String dlrCallback(JsonNode document) {
    JsonNode attributes =
        document.path("data").isObject() ? document.path("data").path("attributes") : document;
    return attributes.path("dlr_callback").asText("");
  }

  /** Accepts one message in the compact or the JSON:API form. */
  Accepted send(JsonNode document) {
    return accept(document, false);
  }

  /**
   * Accepts one legacy Messages v2 SMS (§8.1): a flat {@code {"to","from","body"}} only, the text
   * as {@code body} (the v2 docs) or {@code content} (the v2 SDKs, §13 U1), an {@code mdr1-} id,
   * and no receipts. v2 has no MMS: {@code media_urls} or {@code is_mms} is refused (422) rather
   * than ignored, so that a client sending media to v2 learns it at once.
   */
  Accepted sendV2(JsonNode document) {
    return accept(document, true);
  }

  private Accepted accept(JsonNode document, boolean v2) {
    faults
        .takeSendFailure()
        .ifPresent(
            status -> {
              String detail = faults.sendFailureDetail();
              throw new FlowrouteException(
                  status,
                  status >= 500 ? "Service Unavailable" : "Client Error",
                  detail == null
                      ? "Injected fault."
                      : detail.replace("{dlr_callback}", dlrCallback(document)));
            });
    if (v2) {
      refuseWhatV2Lacks(document);
    }
    JsonNode attributes =
        document.path("data").isObject() ? document.path("data").path("attributes") : document;
    if (!attributes.isObject()) {
      throw FlowrouteException.unprocessable(
          "Expected a message: {\"to\":...,\"from\":...,\"body\":...} or"
              + " {\"data\":{\"type\":\"message\",\"attributes\":{...}}}.");
    }
    List<String> mediaUrls = mediaUrls(attributes);
    boolean mms = isMms(attributes) || !mediaUrls.isEmpty();
    if (!faults.tryAcquireSend(mms)) {
      stats.rateLimited();
      throw new FlowrouteException(
          429,
          "Too Many Requests",
          "Rate limit exceeded: at most "
              + (mms ? "1 MMS" : "5 SMS")
              + " per second per API key (as configured).",
          Map.of("Retry-After", "1"));
    }
    String to = number(attributes, "to");
    String from = number(attributes, "from");
    AccountNumber sender =
        account
            .number(from)
            .orElseThrow(
                () ->
                    FlowrouteException.forbidden(
                        "The from number " + from + " is not on your account."));
    if (!sender.messagingEnabled()) {
      throw FlowrouteException.forbidden(
          "The from number " + from + " does not have messaging enabled.");
    }
    String body = v2 ? v2Text(attributes) : Json.string(attributes, "body");
    boolean hasBody = body != null && !body.isEmpty();
    if (!mms && !hasBody) {
      throw FlowrouteException.unprocessable("Missing body: an SMS needs a non-empty body.");
    }
    if (mms && !hasBody && mediaUrls.isEmpty()) {
      throw FlowrouteException.unprocessable(
          "An MMS needs a body or at least one media_urls entry.");
    }
    // Flowroute documents no length cap (a long body is split into segments) and no count of
    // media_urls (only 750 kB of media and text together): neither is refused here (issue 15).
    String dlrCallback = Json.string(attributes, "dlr_callback");
    mediaFetcher.check(mediaUrls, body);
    MessageRecord record =
        record(
            v2 ? Ids.mdrV2() : Ids.mdr(),
            from,
            to,
            hasBody ? body : null,
            mms,
            mediaUrls,
            dlrCallback);
    store.add(record, Instant.now().plus(faults.mdrListingDelay()));
    stats.accepted(from, to, record.body());
    if (!v2) {
      dlr.start(record);
    }
    return new Accepted(record, faults.takeAcceptedFault());
  }

  private static void refuseWhatV2Lacks(JsonNode document) {
    if (document.path("data").isObject()) {
      throw FlowrouteException.unprocessable(
          "Messages v2 takes a flat {\"to\":...,\"from\":...,\"body\":...}, not a JSON:API"
              + " document.");
    }
    for (String field : List.of("media_urls", "is_mms")) {
      JsonNode value = document.get(field);
      if (value != null && !value.isNull()) {
        throw FlowrouteException.unprocessable(
            "Messages v2 sends SMS only: " + field + " is not supported (use Messages v2.1).");
      }
    }
  }

  /** The v2 text: {@code body}, else the SDKs' {@code content}. */
  private static String v2Text(JsonNode attributes) {
    String body = Json.string(attributes, "body");
    return body != null ? body : Json.string(attributes, "content");
  }

  /**
   * Records a text that someone else sent on the account outside the client under test (the portal,
   * another integration): it is listed like any other outbound MDR, with {@code status} as its
   * latest status and receipt, and no webhook is sent for it.
   *
   * @param statusCode the receipt code of its latest status, or null
   * @param timestamp when Flowroute took it
   */
  public MessageRecord recordForeign(
      JsonNode attributes, String status, Integer statusCode, Instant timestamp) {
    String to = number(attributes, "to");
    String from = number(attributes, "from");
    String body = Json.string(attributes, "body");
    MessageRecord record = record(Ids.mdr(), from, to, body, false, List.of(), null);
    store.add(
        new MessageRecord(
            record.id(),
            record.direction(),
            from,
            to,
            body,
            false,
            List.of(),
            List.of(),
            record.encoding(),
            record.segments(),
            record.amountNanodollars(),
            status,
            timestamp,
            List.of(new DeliveryReceipt(2, status, statusCode, status, timestamp)),
            null));
    return store.get(record.id()).orElseThrow();
  }

  private static MessageRecord record(
      String id,
      String from,
      String to,
      String body,
      boolean mms,
      List<String> mediaUrls,
      String dlrCallback) {
    List<String> mediaIds = new ArrayList<>();
    for (int i = 1; i <= mediaUrls.size(); i++) {
      mediaIds.add(Ids.media(id, i));
    }
    MessageEncoding encoding = MessageEncoding.of(body);
    return new MessageRecord(
        id,
        "outbound",
        from,
        to,
        body,
        mms,
        mediaUrls,
        mediaIds,
        encoding.encoding(),
        encoding.segments(),
        encoding.price(mms),
        "queued",
        Timestamps.now(),
        List.of(),
        dlrCallback);
  }

  private static String number(JsonNode attributes, String field) {
    String value = Json.string(attributes, field);
    if (value == null || value.isEmpty()) {
      throw FlowrouteException.unprocessable("Missing required field " + field + ".");
    }
    if (!PhoneNumbers.isNanp(value)) {
      throw FlowrouteException.unprocessable(
          "Invalid "
              + field
              + " number \""
              + value
              + "\": expected 11 digits 1NPANXXXXXX such as 12065551234, without '+'.");
    }
    return value;
  }

  private static boolean isMms(JsonNode attributes) {
    JsonNode value = attributes.get("is_mms");
    if (value == null || value.isNull()) {
      return false;
    }
    return value.isBoolean() ? value.booleanValue() : "true".equalsIgnoreCase(value.asText());
  }

  private static List<String> mediaUrls(JsonNode attributes) {
    JsonNode value = attributes.get("media_urls");
    List<String> urls = new ArrayList<>();
    if (value == null || value.isNull()) {
      return urls;
    }
    if (!value.isArray()) {
      throw FlowrouteException.unprocessable("media_urls must be an array of URLs.");
    }
    for (JsonNode url : value) {
      if (!url.isTextual() || url.asText().isBlank()) {
        throw FlowrouteException.unprocessable("media_urls must be an array of URLs.");
      }
      urls.add(url.asText());
    }
    return urls;
  }

  public SendStats stats() {
    return stats.snapshot();
  }

  public void resetCounters() {
    stats.reset();
  }
}
