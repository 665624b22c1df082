package dev.switchboard.flowroute.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The first error of a Flowroute error body (§1.7) in words a person can read: its {@code detail}
 * text, or, when the detail is an object of field messages, each field with its messages ({@code
 * zip: ZIP code must be at least 4 and at most 7 digits long}), else its title.
 */
record FlowrouteDetail(String text, boolean given) {

  private static final int MAX_TEXT = 500;

  /** Whether the text contains any of the words, ignoring case. */
  boolean mentions(String... words) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (String word : words) {
      if (lower.contains(word)) {
        return true;
      }
    }
    return false;
  }

  static FlowrouteDetail of(ObjectMapper json, int status, String body) {
    FlowrouteDetail none = new FlowrouteDetail("Flowroute answered HTTP " + status, false);
    if (body == null || body.isBlank()) {
      return none;
    }
    JsonNode first;
    try {
      first = json.readTree(body).path("errors").path(0);
    } catch (Exception notJson) {
      return none;
    }
    JsonNode detail = first.path("detail");
    if (detail.isContainerNode() && !detail.isEmpty()) {
      return new FlowrouteDetail(truncate(fields(json, detail)), true);
    }
    if (detail.isValueNode() && !detail.asText().isBlank()) {
      return new FlowrouteDetail(truncate(detail.asText().strip()), true);
    }
    JsonNode title = first.path("title");
    if (title.isValueNode() && !title.asText().isBlank()) {
      return new FlowrouteDetail(truncate(title.asText().strip()), false);
    }
    return none;
  }

  /** Field messages, found under {@code data.attributes} as in the docs, else at the top. */
  private static String fields(ObjectMapper json, JsonNode detail) {
    JsonNode attributes = detail.path("data").path("attributes");
    List<String> parts = new ArrayList<>();
    render(attributes.isObject() ? attributes : detail, "", parts);
    if (parts.isEmpty()) {
      try {
        return json.writeValueAsString(detail);
      } catch (Exception unwritable) {
        return detail.toString();
      }
    }
    return String.join("; ", parts);
  }

  private static void render(JsonNode node, String field, List<String> parts) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> entry = it.next();
        render(
            entry.getValue(),
            field.isEmpty() ? entry.getKey() : field + "." + entry.getKey(),
            parts);
      }
      return;
    }
    List<String> messages = new ArrayList<>();
    if (node.isArray()) {
      for (JsonNode item : node) {
        if (item.isContainerNode()) {
          render(item, field, parts);
        } else if (!item.asText().isBlank()) {
          messages.add(item.asText().strip());
        }
      }
    } else if (!node.isNull() && !node.asText().isBlank()) {
      messages.add(node.asText().strip());
    }
    if (!messages.isEmpty()) {
      String joined = String.join(", ", messages);
      parts.add(field.isEmpty() ? joined : field + ": " + joined);
    }
  }

  private static String truncate(String text) {
    return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT) + "…";
  }
}
