package dev.switchboard.sandbox.emulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/** Reading request bodies that Flowroute accepts both flat and as a JSON:API envelope. */
public final class Bodies {

  private Bodies() {}

  /** {@code data.attributes} of an envelope, else the flat body itself (maybe missing). */
  public static JsonNode attributes(JsonNode body) {
    JsonNode data = body.path("data");
    if (data.isObject()) {
      return data.path("attributes").isObject() ? data.path("attributes") : data;
    }
    return body;
  }

  /**
   * A flag given as a JSON boolean or as the string {@code "true"}/{@code "false"}; null when
   * absent; 422 otherwise.
   */
  public static Boolean flag(JsonNode holder, String field) {
    JsonNode value = holder.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isBoolean()) {
      return value.booleanValue();
    }
    return flag(value.isTextual() ? value.textValue() : value.toString(), field);
  }

  /** The same for a query parameter. */
  public static Boolean flag(String value, String field) {
    if (value == null) {
      return null;
    }
    return switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw FlowrouteException.invalidAttribute(field, "Must be true or false.");
    };
  }

  /** An id given as a string or a number; null when absent. */
  public static String id(JsonNode holder, String field) {
    JsonNode value = holder.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isTextual() || value.isIntegralNumber()) {
      return value.asText().trim();
    }
    throw FlowrouteException.invalidAttribute(field, "Must be a string or an integer.");
  }

  /** A body that may be empty (then a missing node) even without a content type. */
  public static JsonNode optional(Exchange exchange) {
    return exchange.body().length == 0 ? Json.MAPPER.missingNode() : exchange.jsonBody();
  }
}
