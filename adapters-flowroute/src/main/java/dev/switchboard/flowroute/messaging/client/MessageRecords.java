package dev.switchboard.flowroute.messaging.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.domain.messaging.CarrierException;
import dev.switchboard.domain.messaging.Message;
import dev.switchboard.domain.messaging.port.out.MessageGateway.Lookup;
import dev.switchboard.domain.messaging.usecase.DispatchMessages;
import dev.switchboard.flowroute.http.FlowrouteErrors;
import dev.switchboard.flowroute.http.FlowrouteJson;
import dev.switchboard.flowroute.messaging.webhook.WebhookUrls;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the Messages v2.1 and v2 gateways do alike: call Flowroute and read its answer, take the id
 * of an accepted send, and search its message records (MDRs) for one of our messages. The two
 * versions list records with the same query ({@code start_date}, {@code end_date}, {@code limit},
 * {@code offset}: reference §6.4, §8.1) and differ only in the path.
 */
final class MessageRecords {

  /** Flowroute documents no maximum page size for MDR lists; 200 keeps pages small. */
  static final int PAGE_SIZE = 200;

  /** A guard against a server whose next links never end. */
  static final int MAX_PAGES = 50;

  /** Flowroute's clock and ours differ a little; look slightly past our "now". */
  private static final Duration CLOCK_MARGIN = Duration.ofMinutes(1);

  private static final DateTimeFormatter DATE_FORMAT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SS'Z'").withZone(ZoneOffset.UTC);
  private static final Pattern OFFSET = Pattern.compile("[?&]offset=(\\d+)");

  /** One page of a version's MDR listing. */
  @FunctionalInterface
  interface Listing {
    Response list(String startDate, String endDate, int limit, int offset);
  }

  private final Listing listing;
  private final WebhookUrls webhooks;
  private final ObjectMapper json = FlowrouteJson.mapper();
  private final FlowrouteErrors errors = new FlowrouteErrors(json);
  private final Clock clock;

  MessageRecords(Listing listing, WebhookUrls webhooks, Clock clock) {
    this.listing = listing;
    this.webhooks = webhooks;
    this.clock = clock;
  }

  ObjectMapper json() {
    return json;
  }

  /** Sends and returns Flowroute's id of the message ({@code data.id} in both versions). */
  String send(Supplier<Response> request) {
    Reply reply = call(request);
    if (!reply.success()) {
      throw reply.error(errors, webhooks);
    }
    return readTree(reply.body())
        .flatMap(doc -> FlowrouteJson.text(doc.path("data"), "id"))
        .orElseThrow(
            () ->
                new CarrierException(
                    CarrierException.Kind.UNCERTAIN,
                    DispatchMessages.CODE_UNCERTAIN,
                    "Flowroute answered HTTP " + reply.status() + " without a message id"));
  }

  /**
   * Reads the records between {@code from} and {@code to} page by page and returns every outbound
   * record with our message's from, to, body and kind. A listing cut short by the page limit is
   * reported incomplete, never as "not there".
   */
  Lookup find(Message message, Instant from, Instant to) {
    List<String> found = new ArrayList<>();
    Read read =
        read(
            from,
            to.plus(CLOCK_MARGIN),
            PAGE_SIZE,
            mdr -> {
              if (isSameMessage(mdr, message)) {
                FlowrouteJson.text(mdr, "id").ifPresent(found::add);
              }
            });
    return new Lookup(found, read.complete());
  }

  /**
   * Reads the records between {@code from} and {@code to} ({@code start_date}, {@code end_date},
   * {@code limit}, {@code offset}: Flowroute reference §6.4; flowroute-sdk-v3-python {@code
   * messages_controller.py} look_up_a_set_of_messages) page by page until a page has no {@code
   * links.next}, handing each record's {@code data} item to {@code each}. A listing cut short by
   * the page limit is reported incomplete, never as "read to its end".
   *
   * @throws CarrierException when a page cannot be read
   */
  Read read(Instant from, Instant to, int pageSize, Consumer<JsonNode> each) {
    String start = DATE_FORMAT.format(from.truncatedTo(ChronoUnit.SECONDS));
    String end = DATE_FORMAT.format(to.truncatedTo(ChronoUnit.SECONDS));
    int offset = 0;
    for (int page = 0; page < MAX_PAGES; page++) {
      int pageOffset = offset;
      JsonNode doc = page(start, end, pageSize, pageOffset);
      JsonNode data = doc.path("data");
      data.forEach(each);
      Optional<String> next = FlowrouteJson.text(doc.path("links"), "next");
      if (next.isEmpty() || data.isEmpty()) {
        return new Read(page + 1, true);
      }
      // The next link's host is not trusted (examples show internal hosts): only its offset is.
      offset = offsetOf(next.get()).orElse(pageOffset + data.size());
      if (offset <= pageOffset) {
        return new Read(page + 1, true);
      }
    }
    return new Read(MAX_PAGES, false);
  }

  /** How many pages a listing read, and whether it read to the end. */
  public record Read(int pages, boolean complete) {}

  /** The cheapest authenticated request: the last minute's message records, at most one. */
  void probe() {
    Instant now = clock.instant();
    page(
        DATE_FORMAT.format(now.minus(CLOCK_MARGIN).truncatedTo(ChronoUnit.SECONDS)),
        DATE_FORMAT.format(now.plus(CLOCK_MARGIN).truncatedTo(ChronoUnit.SECONDS)),
        1,
        0);
  }

  private JsonNode page(String start, String end, int limit, int offset) {
    Reply reply = call(() -> listing.list(start, end, limit, offset));
    if (!reply.success()) {
      throw reply.error(errors, webhooks);
    }
    return readTree(reply.body())
        .orElseThrow(
            () ->
                new CarrierException(
                    CarrierException.Kind.TRANSIENT,
                    "invalid-response",
                    "Flowroute's message list is not JSON"));
  }

  /**
   * Whether a record is our outbound message. The kind is {@code is_mms} in v2.1 records and {@code
   * has_mms} in v2 records (reference §8.1); a record without either matches on the rest.
   */
  static boolean isSameMessage(JsonNode mdr, Message message) {
    JsonNode attributes = mdr.path("attributes");
    Optional<String> direction = FlowrouteJson.text(attributes, "direction");
    if (direction.isPresent() && !direction.get().equalsIgnoreCase("outbound")) {
      return false;
    }
    // A media-only MMS has no text to tell it apart from an empty SMS to the same phone.
    JsonNode isMms =
        attributes.has("is_mms") ? attributes.path("is_mms") : attributes.path("has_mms");
    if ((isMms.isBoolean() || isMms.isTextual())
        && Boolean.parseBoolean(isMms.asText()) != message.isMms()) {
      return false;
    }
    return digits(FlowrouteJson.text(attributes, "from").orElse(""))
            .equals(message.from().elevenDigits())
        && digits(FlowrouteJson.text(attributes, "to").orElse(""))
            .equals(message.to().elevenDigits())
        && Objects.equals(
            attributes.path("body").isTextual() ? attributes.path("body").asText() : "",
            message.body() == null ? "" : message.body());
  }

  private static String digits(String number) {
    return number.startsWith("+") ? number.substring(1) : number;
  }

  static Optional<Integer> offsetOf(String nextLink) {
    try {
      String query = URI.create(nextLink).getRawQuery();
      Matcher matcher = OFFSET.matcher(query == null ? "" : "?" + query);
      return matcher.find() ? Optional.of(Integer.parseInt(matcher.group(1))) : Optional.empty();
    } catch (IllegalArgumentException malformed) {
      return Optional.empty();
    }
  }

  private Reply call(Supplier<Response> request) {
    try (Response response = request.get()) {
      String body = response.hasEntity() ? response.readEntity(String.class) : "";
      return new Reply(
          response.getStatus(), response.getHeaderString(HttpHeaders.RETRY_AFTER), body);
    } catch (RuntimeException e) {
      throw errors.fromFailure(e);
    }
  }

  private Optional<JsonNode> readTree(String body) {
    try {
      return Optional.ofNullable(json.readTree(body)).filter(JsonNode::isObject);
    } catch (Exception notJson) {
      return Optional.empty();
    }
  }

  /** What Flowroute answered, read in full while the connection was open. */
  private record Reply(int status, String retryAfter, String body) {
    boolean success() {
      return status >= 200 && status < 300;
    }

    /**
     * The error for this answer. Flowroute's text may quote the request, whose receipt callback
     * holds our webhook secret: the secret is redacted before the text is stored or published.
     */
    CarrierException error(FlowrouteErrors errors, WebhookUrls webhooks) {
      return errors.fromResponse(status, retryAfter, webhooks.redact(body));
    }
  }
}
