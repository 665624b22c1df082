package dev.switchboard.flowroute;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.domain.messaging.CarrierException;
import dev.switchboard.domain.messaging.DispatchMessages;
import dev.switchboard.domain.messaging.Message;
import dev.switchboard.domain.messaging.MessageGateway;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sends our messages through Flowroute Messages v2.1 and finds the ones it already took. */
@ApplicationScoped
public class FlowrouteMessageGateway implements MessageGateway {

  /** Flowroute documents no maximum page size for MDR lists; 200 keeps pages small. */
  static final int PAGE_SIZE = 200;

  /** A guard against a server whose next links never end. */
  static final int MAX_PAGES = 50;

  /** Flowroute's clock and ours differ a little; look slightly past our "now". */
  private static final Duration CLOCK_MARGIN = Duration.ofMinutes(1);

  private static final DateTimeFormatter DATE_FORMAT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SS'Z'").withZone(ZoneOffset.UTC);
  private static final Pattern OFFSET = Pattern.compile("[?&]offset=(\\d+)");

  private final FlowrouteMessagesApi api;
  private final WebhookUrls webhooks;
  private final ObjectMapper json;
  private final FlowrouteErrors errors;
  private final Clock clock;

  @Inject
  public FlowrouteMessageGateway(FlowrouteMessagesApi api, WebhookConfig webhooks) {
    this(api, WebhookUrls.of(webhooks), Clock.systemUTC());
  }

  FlowrouteMessageGateway(FlowrouteMessagesApi api, WebhookUrls webhooks, Clock clock) {
    this.api = api;
    this.webhooks = webhooks;
    this.json = FlowrouteJson.mapper();
    this.errors = new FlowrouteErrors(json);
    this.clock = clock;
  }

  @Override
  public String send(Message message) {
    String envelope =
        FlowrouteJson.write(json, SendMessageRequest.of(message, webhooks.dlr().orElse(null)));
    Reply reply = call(() -> api.send(envelope));
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

  @Override
  public Optional<String> findAccepted(Message message, Instant since) {
    String start = DATE_FORMAT.format(since.truncatedTo(ChronoUnit.SECONDS));
    String end = DATE_FORMAT.format(clock.instant().plus(CLOCK_MARGIN));
    int offset = 0;
    for (int page = 0; page < MAX_PAGES; page++) {
      int pageOffset = offset;
      Reply reply = call(() -> api.list(start, end, PAGE_SIZE, pageOffset));
      if (!reply.success()) {
        throw reply.error(errors, webhooks);
      }
      JsonNode doc =
          readTree(reply.body())
              .orElseThrow(
                  () ->
                      new CarrierException(
                          CarrierException.Kind.TRANSIENT,
                          "invalid-response",
                          "Flowroute's message list is not JSON"));
      JsonNode data = doc.path("data");
      for (JsonNode mdr : data) {
        if (isSameMessage(mdr, message)) {
          return FlowrouteJson.text(mdr, "id");
        }
      }
      Optional<String> next = FlowrouteJson.text(doc.path("links"), "next");
      if (next.isEmpty() || data.isEmpty()) {
        return Optional.empty();
      }
      // The next link's host is not trusted (examples show internal hosts): only its offset is.
      offset = offsetOf(next.get()).orElse(pageOffset + data.size());
      if (offset <= pageOffset) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  static boolean isSameMessage(JsonNode mdr, Message message) {
    JsonNode attributes = mdr.path("attributes");
    Optional<String> direction = FlowrouteJson.text(attributes, "direction");
    if (direction.isPresent() && !direction.get().equalsIgnoreCase("outbound")) {
      return false;
    }
    // A media-only MMS has no text to tell it apart from an empty SMS to the same phone.
    JsonNode isMms = attributes.path("is_mms");
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
