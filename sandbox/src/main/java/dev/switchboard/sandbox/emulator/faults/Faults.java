package dev.switchboard.sandbox.emulator.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.sandbox.emulator.http.FlowrouteException;
import dev.switchboard.sandbox.emulator.http.Json;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Faults a test can switch on: failing sends, sends accepted but answered with a timeout or an
 * error, a delay before new message records are listed, latency, lost webhooks, receipts withheld
 * from chosen recipients, send rates, failing messaging provisioning and Flowroute being down.
 */
public final class Faults {

  private final double configuredSmsPerSecond;
  private final double configuredMmsPerSecond;
  private final SlidingWindowLimiter smsLimiter;
  private final SlidingWindowLimiter mmsLimiter;
  private int sendFailures;
  private int sendFailureStatus = 503;
  private String sendFailureDetail;
  private Duration latency = Duration.ZERO;
  private volatile boolean dropCallbacks;
  private int messagingProvisioningFailures;
  private volatile boolean down;
  private volatile boolean unauthorized;
  private final AcceptedFault acceptedThenTimeout = new AcceptedFault();
  private final AcceptedFault acceptedThenStatus = new AcceptedFault();
  private int acceptedThenStatusCode = 502;
  private Duration acceptedTimeoutHold = DEFAULT_TIMEOUT_HOLD;
  private volatile Duration mdrListingDelay = Duration.ZERO;
  private final Set<String> withheldReceiptsTo = ConcurrentHashMap.newKeySet();

  /** Longer than the adapter's default read timeout (10 s), so the client has given up. */
  public static final Duration DEFAULT_TIMEOUT_HOLD = Duration.ofSeconds(15);

  /** No faults, and the account's configured send rates (0 or less: unlimited). */
  public Faults(double smsPerSecond, double mmsPerSecond) {
    this.configuredSmsPerSecond = smsPerSecond;
    this.configuredMmsPerSecond = mmsPerSecond;
    this.smsLimiter = new SlidingWindowLimiter(smsPerSecond);
    this.mmsLimiter = new SlidingWindowLimiter(mmsPerSecond);
  }

  /** The next {@code count} {@code POST /v2.1/messages} answer {@code httpStatus}. */
  public synchronized Faults failNextSends(int count, int httpStatus) {
    if (count < 0 || httpStatus < 400 || httpStatus > 599) {
      throw new IllegalArgumentException("count >= 0 and a 4xx/5xx status expected");
    }
    sendFailures = count;
    sendFailureStatus = httpStatus;
    sendFailureDetail = null;
    return this;
  }

  /**
   * Of the next sends that are accepted (stored, receipts started), every {@code every}-th one is
   * not answered: the emulator holds the connection for {@code hold} (longer than the client's read
   * timeout) and then closes it without an answer, until {@code count} sends were treated so.
   */
  public synchronized Faults acceptThenTimeout(int count, int every, Duration hold) {
    if (hold.isNegative()) {
      throw new IllegalArgumentException("hold_ms must be >= 0");
    }
    acceptedThenTimeout.plan(count, every);
    acceptedTimeoutHold = hold;
    return this;
  }

  /**
   * Of the next sends that are accepted (stored, receipts started), every {@code every}-th one is
   * answered {@code httpStatus} (a 5xx from a proxy, say) instead of 202, until {@code count} sends
   * were treated so.
   */
  public synchronized Faults acceptThenStatus(int count, int every, int httpStatus) {
    if (httpStatus < 400 || httpStatus > 599) {
      throw new IllegalArgumentException("a 4xx/5xx status expected");
    }
    acceptedThenStatus.plan(count, every);
    acceptedThenStatusCode = httpStatus;
    return this;
  }

  /** A new message record is listed by {@code GET /v2.1/messages[/{id}]} only after this delay. */
  public Faults setMdrListingDelay(Duration delay) {
    if (delay.isNegative()) {
      throw new IllegalArgumentException("mdr_listing_delay_ms must be >= 0");
    }
    mdrListingDelay = delay;
    return this;
  }

  public Duration mdrListingDelay() {
    return mdrListingDelay;
  }

  /**
   * Receipts of messages sent to these numbers (11 digits, as Flowroute writes them) still change
   * the message record's status but are never POSTed: a message stays SENT at the client while
   * Flowroute's record shows how it ended.
   */
  public Faults withholdReceiptsTo(Collection<String> recipients) {
    withheldReceiptsTo.clear();
    for (String recipient : recipients) {
      withheldReceiptsTo.add(recipient.startsWith("+") ? recipient.substring(1) : recipient);
    }
    return this;
  }

  public boolean withholdsReceiptsTo(String recipient) {
    return withheldReceiptsTo.contains(recipient);
  }

  /**
   * What happens to the answer of a send that was just accepted: empty for a normal 202, else the
   * planned fault (one accepted send counts towards both plans).
   */
  public synchronized Optional<AcceptedAnswer> takeAcceptedFault() {
    boolean timeout = acceptedThenTimeout.take();
    boolean status = acceptedThenStatus.take();
    if (timeout) {
      return Optional.of(AcceptedAnswer.timeout(acceptedTimeoutHold));
    }
    if (status) {
      return Optional.of(AcceptedAnswer.status(acceptedThenStatusCode));
    }
    return Optional.empty();
  }

  /**
   * As {@link #failNextSends(int, int)}, with {@code detail} as the error's detail; {@code
   * {dlr_callback}} in it is replaced by the request's receipt callback URL, as an error that
   * quotes the request would.
   */
  public synchronized Faults failNextSends(int count, int httpStatus, String detail) {
    failNextSends(count, httpStatus);
    sendFailureDetail = detail;
    return this;
  }

  /** The detail of the planned send failures, or null for the default one. */
  public synchronized String sendFailureDetail() {
    return sendFailureDetail;
  }

  /** Delay added before every Flowroute API answer. */
  public synchronized Faults setLatency(Duration newLatency) {
    latency = newLatency.isNegative() ? Duration.ZERO : newLatency;
    return this;
  }

  /** When true, webhooks (receipts and inbound) are silently not sent. */
  public Faults setDropCallbacks(boolean drop) {
    dropCallbacks = drop;
    return this;
  }

  /**
   * The next {@code count} purchases or updates that enable messaging on a number fail to: they
   * answer 207 and leave messaging disabled.
   */
  public synchronized Faults failNextMessagingProvisioning(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("messaging_provisioning_failures must be >= 0");
    }
    messagingProvisioningFailures = count;
    return this;
  }

  /** When true, every Flowroute API endpoint answers 503 with an error body. */
  public Faults setDown(boolean isDown) {
    down = isDown;
    return this;
  }

  public boolean down() {
    return down;
  }

  /**
   * When true, every Flowroute API request is answered 401 as if the credentials were wrong (a
   * mistaken key rotation); the request is still logged and nothing is stored.
   */
  public Faults setUnauthorized(boolean refuse) {
    unauthorized = refuse;
    return this;
  }

  public boolean unauthorized() {
    return unauthorized;
  }

  public synchronized int pendingMessagingProvisioningFailures() {
    return messagingProvisioningFailures;
  }

  /** Consumes one planned messaging provisioning failure; true when there was one. */
  public synchronized boolean takeMessagingProvisioningFailure() {
    if (messagingProvisioningFailures == 0) {
      return false;
    }
    messagingProvisioningFailures--;
    return true;
  }

  /** Sends allowed per sliding second; 0 or less disables the limit. */
  public Faults setRates(double smsPerSecond, double mmsPerSecond) {
    smsLimiter.setRate(smsPerSecond);
    mmsLimiter.setRate(mmsPerSecond);
    return this;
  }

  /** Back to the configuration: no failures, no latency, callbacks on, configured rates, up. */
  public synchronized Faults reset() {
    sendFailures = 0;
    sendFailureStatus = 503;
    latency = Duration.ZERO;
    dropCallbacks = false;
    messagingProvisioningFailures = 0;
    down = false;
    unauthorized = false;
    acceptedThenTimeout.plan(0, 1);
    acceptedThenStatus.plan(0, 1);
    acceptedThenStatusCode = 502;
    acceptedTimeoutHold = DEFAULT_TIMEOUT_HOLD;
    mdrListingDelay = Duration.ZERO;
    withheldReceiptsTo.clear();
    return setRates(configuredSmsPerSecond, configuredMmsPerSecond);
  }

  public synchronized Duration latency() {
    return latency;
  }

  public boolean dropCallbacks() {
    return dropCallbacks;
  }

  /** Consumes one planned send failure, if any. */
  public synchronized OptionalInt takeSendFailure() {
    if (sendFailures == 0) {
      return OptionalInt.empty();
    }
    sendFailures--;
    return OptionalInt.of(sendFailureStatus);
  }

  public boolean tryAcquireSend(boolean mms) {
    return (mms ? mmsLimiter : smsLimiter).tryAcquire();
  }

  public synchronized ObjectNode toJson() {
    ObjectNode json = Json.object();
    json.putObject("send_failures").put("count", sendFailures).put("status", sendFailureStatus);
    json.put("latency_ms", latency.toMillis());
    json.put("drop_callbacks", dropCallbacks);
    json.put("sms_per_second", smsLimiter.rate());
    json.put("mms_per_second", mmsLimiter.rate());
    json.put("messaging_provisioning_failures", messagingProvisioningFailures);
    json.put("down", down);
    json.put("unauthorized", unauthorized);
    json.putObject("accepted_then_timeout")
        .put("count", acceptedThenTimeout.remaining())
        .put("every", acceptedThenTimeout.every())
        .put("hold_ms", acceptedTimeoutHold.toMillis());
    json.putObject("accepted_then_status")
        .put("count", acceptedThenStatus.remaining())
        .put("every", acceptedThenStatus.every())
        .put("status", acceptedThenStatusCode);
    json.put("mdr_listing_delay_ms", mdrListingDelay.toMillis());
    ArrayNode withheld = json.putArray("withheld_receipts_to");
    new TreeSet<>(withheldReceiptsTo).forEach(withheld::add);
    return json;
  }

  /** Applies the fields present in a {@code /sandbox/faults} document. */
  public synchronized void apply(JsonNode json) {
    if (!json.isObject()) {
      throw FlowrouteException.unprocessable("Expected a JSON object.");
    }
    try {
      JsonNode failures = json.get("send_failures");
      if (failures != null && failures.isObject()) {
        failNextSends(
            failures.path("count").asInt(0), failures.path("status").asInt(sendFailureStatus));
      }
      if (json.has("latency_ms")) {
        setLatency(Duration.ofMillis(json.get("latency_ms").asLong()));
      }
      if (json.has("drop_callbacks")) {
        setDropCallbacks(json.get("drop_callbacks").asBoolean());
      }
      if (json.has("sms_per_second") || json.has("mms_per_second")) {
        setRates(
            json.path("sms_per_second").asDouble(smsLimiter.rate()),
            json.path("mms_per_second").asDouble(mmsLimiter.rate()));
      }
      if (json.has("messaging_provisioning_failures")) {
        failNextMessagingProvisioning(json.get("messaging_provisioning_failures").asInt());
      }
      if (json.has("down")) {
        setDown(json.get("down").asBoolean());
      }
      if (json.has("unauthorized")) {
        setUnauthorized(json.get("unauthorized").asBoolean());
      }
      JsonNode timeout = json.get("accepted_then_timeout");
      if (timeout != null && timeout.isObject()) {
        acceptThenTimeout(
            timeout.path("count").asInt(0),
            timeout.path("every").asInt(1),
            Duration.ofMillis(timeout.path("hold_ms").asLong(acceptedTimeoutHold.toMillis())));
      }
      JsonNode status = json.get("accepted_then_status");
      if (status != null && status.isObject()) {
        acceptThenStatus(
            status.path("count").asInt(0),
            status.path("every").asInt(1),
            status.path("status").asInt(acceptedThenStatusCode));
      }
      JsonNode withheld = json.get("withheld_receipts_to");
      if (withheld != null) {
        if (!withheld.isArray()) {
          throw new IllegalArgumentException("withheld_receipts_to must be an array of numbers");
        }
        List<String> recipients = new ArrayList<>();
        withheld.forEach(number -> recipients.add(number.asText()));
        withholdReceiptsTo(recipients);
      }
      if (json.has("mdr_listing_delay_ms")) {
        setMdrListingDelay(Duration.ofMillis(json.get("mdr_listing_delay_ms").asLong()));
      }
    } catch (IllegalArgumentException e) {
      throw FlowrouteException.unprocessable(e.getMessage());
    }
  }
}
