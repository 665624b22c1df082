package dev.switchboard.flowroute.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;

/** The JSON settings for Flowroute traffic, and lenient readers for its loosely typed fields. */
public final class FlowrouteJson {

  /** Flowroute's JSON:API media type. */
  public static final String JSON_API = "application/vnd.api+json";

  private FlowrouteJson() {}

  /** A mapper that leaves out nulls when writing and ignores unknown fields when reading. */
  public static ObjectMapper mapper() {
    return new ObjectMapper()
        .setSerializationInclusion(JsonInclude.Include.NON_NULL)
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  }

  /** Serialises a request DTO; our DTOs are plain records, so failing here is a bug. */
  public static String write(ObjectMapper mapper, Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
    }
  }

  /** A string or number field as text; empty when missing, null or blank. */
  public static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    if (value == null || value.isNull() || value.isContainerNode()) {
      return Optional.empty();
    }
    String text = value.asText().strip();
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  /** An integer sent as a number or as a string of digits; empty otherwise. */
  public static Optional<Long> integer(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (value.isNumber()) {
      return Optional.of(value.longValue());
    }
    if (value.isTextual()) {
      String text = value.asText().strip();
      if (text.matches("-?\\d{1,18}")) {
        return Optional.of(Long.parseLong(text));
      }
    }
    return Optional.empty();
  }

  /** A boolean sent as {@code true} or as the string {@code "true"} (the SDKs do both). */
  public static boolean flag(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    if (value == null || value.isNull()) {
      return false;
    }
    return value.isBoolean() ? value.booleanValue() : "true".equalsIgnoreCase(value.asText());
  }
}
