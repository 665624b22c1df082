package dev.switchboard.sandbox.emulator.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** The emulator's one JSON mapper and the Flowroute error document. */
public final class Json {

  public static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
          .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private Json() {}

  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  public static byte[] bytes(JsonNode node) {
    try {
      return MAPPER.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String text(JsonNode node) {
    return new String(bytes(node), StandardCharsets.UTF_8);
  }

  /** Parses a request body, or answers 400 when it is not JSON. */
  static JsonNode parse(byte[] body) {
    if (body.length == 0) {
      return MAPPER.missingNode();
    }
    try {
      return MAPPER.readTree(body);
    } catch (java.io.IOException e) {
      throw FlowrouteException.badRequest("The request body is not valid JSON.");
    }
  }

  /**
   * {@code {"errors":[{"id":uuid,"status":n,"title":...,"detail":...}]}} as Flowroute sends it; the
   * detail may be an object, a null title is left out.
   */
  static ObjectNode error(int status, String title, JsonNode detail) {
    ObjectNode document = object();
    document.putArray("errors").add(errorObject(status, title, detail));
    return document;
  }

  /** One entry of an {@code errors} array. */
  public static ObjectNode errorObject(int status, String title, JsonNode detail) {
    ObjectNode error = object();
    error.put("id", UUID.randomUUID().toString());
    error.put("status", status);
    if (title != null) {
      error.put("title", title);
    }
    error.set("detail", detail);
    return error;
  }

  /** A string field of a node, or null when absent, null or not textual. */
  public static String string(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() || !value.isValueNode() ? null : value.asText();
  }
}
