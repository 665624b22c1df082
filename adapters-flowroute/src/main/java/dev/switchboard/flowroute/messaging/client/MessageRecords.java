package dev.switchboard.flowroute.messaging.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.domain.messaging.CarrierException;
import dev.switchboard.domain.messaging.Message;
import dev.switchboard.domain.messaging.port.out.MessageGateway.Lookup;
import dev.switchboard.domain.messaging.usecase.DispatchMessages;
import dev.switchboard.flowroute.http.FlowrouteErrors;
import dev.switchboard.flowroute.http.FlowrouteHttpException;
import dev.switchboard.flowroute.http.FlowrouteJson;
import dev.switchboard.flowroute.http.JsonApiCollection;
import dev.switchboard.flowroute.http.JsonApiDocument;
import dev.switchboard.flowroute.http.Relationship.Identifier;
import dev.switchboard.flowroute.messaging.webhook.WebhookUrls;
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
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.RestResponse;

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

  /** One page of a version's MDR listing. */
  @FunctionalInterface
  interface Listing {
    JsonApiCollection<MessageRecord> list(String startDate, String endDate, int limit, int offset);
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

  /** Sends and returns Flowroute's id of the message ({@code data.id} in both versions). */
  String send(Supplier<RestResponse<JsonApiDocument<Identifier>>> request) {
    Reply<RestResponse<JsonApiDocument<Identifier>>> reply = call(request);
    if (!reply.success()) {
      throw reply.error(errors, webhooks);
    }
    RestResponse<JsonApiDocument<Identifier>> answer = reply.value();
    return Optional.ofNullable(answer)
        .map(RestResponse::getEntity)
        .map(JsonApiDocument::data)
        .flatMap(data -> FlowrouteJson.text(data.id()))
        .orElseThrow(
            () ->
                new CarrierException(
                    CarrierException.Kind.UNCERTAIN,
                    DispatchMessages.CODE_UNCERTAIN,
                    "Flowroute answered HTTP "
                        + (answer == null ? "2xx" : answer.getStatus())
                        + " without a message id"));
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
                FlowrouteJson.text(mdr.id()).ifPresent(found::add);
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
  Read read(Instant from, Instant to, int pageSize, Consumer<MessageRecord> each) {
    String start = DATE_FORMAT.format(from.truncatedTo(ChronoUnit.SECONDS));
    String end = DATE_FORMAT.format(to.truncatedTo(ChronoUnit.SECONDS));
    int offset = 0;
    for (int page = 0; page < MAX_PAGES; page++) {
      int pageOffset = offset;
      JsonApiCollection<MessageRecord> doc = page(start, end, pageSize, pageOffset);
      List<MessageRecord> data = doc.data() == null ? List.of() : doc.data();
      data.stream().filter(Objects::nonNull).forEach(each);
      if (!doc.hasNext() || data.isEmpty()) {
        return new Read(page + 1, true);
      }
      // The next link's host is not trusted (examples show internal hosts): only its offset is.
      offset = doc.nextOffset().orElse(pageOffset + data.size());
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

  private JsonApiCollection<MessageRecord> page(String start, String end, int limit, int offset) {
    Reply<JsonApiCollection<MessageRecord>> reply =
        call(() -> listing.list(start, end, limit, offset));
    if (!reply.success()) {
      throw reply.error(errors, webhooks);
    }
    return Optional.ofNullable(reply.value())
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
  static boolean isSameMessage(MessageRecord mdr, Message message) {
    MessageRecord.Attributes attributes = mdr.attributesOrNone();
    Optional<String> direction = FlowrouteJson.text(attributes.direction());
    if (direction.isPresent() && !direction.get().equalsIgnoreCase("outbound")) {
      return false;
    }
    // A media-only MMS has no text to tell it apart from an empty SMS to the same phone.
    Boolean isMms = attributes.mms();
    if (isMms != null && isMms != message.isMms()) {
      return false;
    }
    return digits(FlowrouteJson.text(attributes.from()).orElse(""))
            .equals(message.from().elevenDigits())
        && digits(FlowrouteJson.text(attributes.to()).orElse(""))
            .equals(message.to().elevenDigits())
        && Objects.equals(
            attributes.body() == null ? "" : attributes.body(),
            message.body() == null ? "" : message.body());
  }

  private static String digits(String number) {
    return number.startsWith("+") ? number.substring(1) : number;
  }

  static Optional<Integer> offsetOf(String nextLink) {
    OptionalInt offset = JsonApiCollection.offsetOf(nextLink);
    return offset.isPresent() ? Optional.of(offset.getAsInt()) : Optional.empty();
  }

  /**
   * One call: its typed answer, or the refusal the client's {@code FlowrouteResponseMapper} raised;
   * a 2xx body the client could not map reads as no answer value (null), as a body that is not JSON
   * did when it was read by hand.
   */
  private <T> Reply<T> call(Supplier<T> request) {
    try {
      return new Reply<>(200, null, null, request.get());
    } catch (RuntimeException e) {
      Optional<FlowrouteHttpException> answer = FlowrouteHttpException.in(e);
      if (answer.isPresent()) {
        return new Reply<>(
            answer.get().status(), answer.get().retryAfter(), answer.get().body(), null);
      }
      if (FlowrouteHttpException.unreadable(e)) {
        return new Reply<>(200, null, null, null);
      }
      throw errors.fromFailure(e);
    }
  }

  /** What Flowroute answered: a 2xx with its value, or a refusal with its body as text. */
  private record Reply<T>(int status, String retryAfter, String body, T value) {
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
