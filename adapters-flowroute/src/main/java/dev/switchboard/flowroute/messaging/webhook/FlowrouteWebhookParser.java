package dev.switchboard.flowroute.messaging.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.domain.messaging.DeliveryReceipt;
import dev.switchboard.domain.messaging.InboundMessage;
import dev.switchboard.domain.messaging.Media;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.PhoneAddress;
import dev.switchboard.domain.shared.ProblemType;
import dev.switchboard.domain.shared.StorableText;
import dev.switchboard.domain.shared.ValidationException;
import dev.switchboard.flowroute.http.FlowrouteJson;
import dev.switchboard.flowroute.http.FlowrouteTimestamps;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads Flowroute's webhook bodies, in every shape Flowroute is known to send: the JSON:API
 * documents of Messages v2.1/v2.2 and the flat legacy forms. Timestamps that are missing or
 * unreadable become "now": a message kept with an approximate time beats one Flowroute gives up
 * re-sending.
 */
public final class FlowrouteWebhookParser {

  /** Level 2 (carrier/handset stage) is assumed when a receipt does not say. */
  private static final int DEFAULT_LEVEL = 2;

  private final ObjectMapper json;
  private final Clock clock;

  public FlowrouteWebhookParser(ObjectMapper json, Clock clock) {
    this.json = json;
    this.clock = clock;
  }

  /** An inbound SMS or MMS, from the JSON:API form (§7.2, §7.3) or the flat form (§7.5). */
  public InboundMessage inboundMessage(String body) {
    JsonNode root = parse(body);
    JsonNode data = root.get("data");
    if (data == null) {
      return flatInbound(root);
    }
    if (!data.isObject()) {
      throw invalid("'data' must be an object");
    }
    if ("delivery_receipt".equals(FlowrouteJson.text(data, "type").orElse(""))) {
      throw invalid("a delivery receipt is not an inbound message");
    }
    JsonNode attributes = requireObject(data, "attributes", "data.attributes");
    String id = require(data, "id", "data.id");
    List<Media> media = media(data, root.path("included"));
    return domain(
        () ->
            new InboundMessage(
                id,
                sender(attributes, "from", "data.attributes.from"),
                number(attributes, "to", "data.attributes.to"),
                textOrNull(attributes.get("body")),
                media,
                FlowrouteJson.flag(attributes, "is_mms"),
                timestamp(attributes)));
  }

  /** A delivery receipt, from the JSON:API form (§7.4) or the legacy shape (§7.5). */
  public DeliveryReceipt deliveryReceipt(String body) {
    JsonNode root = parse(body);
    JsonNode data = root.get("data");
    if (data == null || !data.isObject()) {
      throw invalid("a delivery receipt needs a 'data' object");
    }
    JsonNode attributes = requireObject(data, "attributes", "data.attributes");
    if ("inbound".equalsIgnoreCase(FlowrouteJson.text(attributes, "direction").orElse(""))) {
      throw invalid("an inbound message is not a delivery receipt");
    }
    String id = require(data, "id", "data.id");
    int level =
        FlowrouteJson.integer(attributes, "level")
            .filter(value -> value >= 0 && value < 100)
            .map(Long::intValue)
            .orElse(DEFAULT_LEVEL);
    Integer statusCode =
        FlowrouteJson.integer(attributes, "status_code")
            .filter(code -> code >= 0 && code <= Integer.MAX_VALUE)
            .map(Long::intValue)
            .orElse(null);
    return domain(
        () ->
            new DeliveryReceipt(
                id,
                level,
                FlowrouteJson.text(attributes, "status").orElse(""),
                statusCode,
                FlowrouteJson.text(attributes, "status_code_description").orElse(null),
                timestamp(attributes)));
  }

  private InboundMessage flatInbound(JsonNode root) {
    String id = require(root, "id", "id");
    return domain(
        () ->
            new InboundMessage(
                id,
                sender(root, "from", "from"),
                number(root, "to", "to"),
                textOrNull(root.get("body")),
                List.of(),
                FlowrouteJson.flag(root, "is_mms"),
                timestamp(root)));
  }

  /**
   * The media of an MMS: the {@code included} media named by {@code relationships.media}, in that
   * order, or every included media when the relationship is missing.
   */
  private List<Media> media(JsonNode data, JsonNode included) {
    Map<String, JsonNode> byId = new LinkedHashMap<>();
    for (JsonNode resource : included) {
      if ("media".equals(FlowrouteJson.text(resource, "type").orElse("media"))) {
        byId.put(FlowrouteJson.text(resource, "id").orElse("#" + byId.size()), resource);
      }
    }
    List<JsonNode> chosen = new ArrayList<>();
    JsonNode related = data.path("relationships").path("media").path("data");
    if (related.isArray() && !related.isEmpty()) {
      for (JsonNode reference : related) {
        Optional.ofNullable(byId.get(FlowrouteJson.text(reference, "id").orElse("")))
            .ifPresent(chosen::add);
      }
    } else {
      chosen.addAll(byId.values());
    }
    List<Media> media = new ArrayList<>();
    for (JsonNode resource : chosen) {
      JsonNode attributes = resource.path("attributes");
      String url =
          FlowrouteJson.text(attributes, "url")
              .orElseThrow(() -> invalid("included media without a url"));
      media.add(
          domain(
              () ->
                  new Media(
                      URI.create(url),
                      FlowrouteJson.text(attributes, "mime_type").orElse(null),
                      FlowrouteJson.text(attributes, "file_name").orElse(null),
                      FlowrouteJson.integer(attributes, "file_size").orElse(null))));
    }
    return media;
  }

  private JsonNode parse(String body) {
    if (body == null || body.isBlank()) {
      throw invalid("the body is empty");
    }
    JsonNode root;
    try {
      root = json.readTree(body);
    } catch (Exception e) {
      throw invalid("the body is not JSON");
    }
    if (root == null || !root.isObject()) {
      throw invalid("the body is not a JSON object");
    }
    requireStorable(root);
    return root;
  }

  /** Refuses a body with text PostgreSQL would refuse, in any value or field name. */
  private static void requireStorable(JsonNode node) {
    if (node.isTextual() && !StorableText.storable(node.textValue())) {
      throw StorableText.refusal("the webhook body");
    }
    var fields = node.fields();
    while (fields.hasNext()) {
      var field = fields.next();
      if (!StorableText.storable(field.getKey())) {
        throw StorableText.refusal("the webhook body");
      }
      requireStorable(field.getValue());
    }
    if (node.isArray()) {
      for (JsonNode element : node) {
        requireStorable(element);
      }
    }
  }

  private Instant timestamp(JsonNode attributes) {
    return FlowrouteJson.text(attributes, "timestamp")
        .flatMap(FlowrouteTimestamps::parse)
        .orElseGet(clock::instant);
  }

  /**
   * Whoever texted us: besides North American numbers Flowroute delivers texts from short codes,
   * other countries' numbers and alphanumeric senders, read into {@link PhoneAddress}'s normalised
   * form.
   */
  private static PhoneAddress sender(JsonNode node, String field, String path) {
    String raw = require(node, field, path);
    try {
      return PhoneAddress.parse(raw);
    } catch (ValidationException e) {
      throw invalid(path + " is not a phone number, short code or sender ID: '" + raw + "'");
    }
  }

  private static E164Number number(JsonNode node, String field, String path) {
    String raw = require(node, field, path);
    try {
      return E164Number.parse(raw);
    } catch (ValidationException e) {
      throw invalid(path + " is not a North American number: '" + raw + "'");
    }
  }

  private static String require(JsonNode node, String field, String path) {
    return FlowrouteJson.text(node, field).orElseThrow(() -> invalid("missing " + path));
  }

  private static JsonNode requireObject(JsonNode node, String field, String path) {
    JsonNode value = node.get(field);
    if (value == null || !value.isObject()) {
      throw invalid("missing " + path);
    }
    return value;
  }

  private static String textOrNull(JsonNode value) {
    return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
  }

  /** Runs a domain constructor, reporting its refusal as a bad webhook body. */
  private static <T> T domain(java.util.function.Supplier<T> constructor) {
    try {
      return constructor.get();
    } catch (ValidationException e) {
      if (e.problem() == ProblemType.INVALID_WEBHOOK_PAYLOAD
          || e.problem() == ProblemType.INVALID_CHARACTERS) {
        throw e;
      }
      throw invalid(e.getMessage());
    } catch (IllegalArgumentException e) {
      // The JDK's text (URI syntax and the like) is not ours to show; the field names suffice.
      throw invalid("a value cannot be read (a URL or a number is malformed)");
    }
  }

  private static ValidationException invalid(String what) {
    return new ValidationException(ProblemType.INVALID_WEBHOOK_PAYLOAD, what);
  }
}
