package dev.switchboard.flowroute.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.math.BigDecimal;
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

  /**
   * The mapper of the Flowroute REST clients ({@code @ClientObjectMapper}): {@link #mapper()}, so a
   * request record goes out exactly as {@link #write} writes it, reading the loosely typed scalars
   * of Flowroute's answers as {@link #lenient()} does.
   */
  public static ObjectMapper clientMapper() {
    return mapper().registerModule(lenient());
  }

  /**
   * Flowroute's scalars as its sources disagree on them (§13 U5, U11), the way {@link #text},
   * {@link #integer} and {@link #flag} read them from a tree: a {@code String} from a string or a
   * number (an object or array is no text: null); a {@code Long} from a number or a string of
   * digits; a {@code Boolean} from {@code true}/{@code false} or the string {@code "true"} in any
   * case; a {@code BigDecimal} from a number or a numeric string. Anything else reads as null
   * rather than making the whole answer unreadable.
   */
  public static SimpleModule lenient() {
    SimpleModule module = new SimpleModule("flowroute-lenient-scalars");
    module.addDeserializer(
        String.class,
        new Lenient<>(String.class) {
          @Override
          String scalar(JsonParser p) throws IOException {
            return p.getValueAsString();
          }
        });
    module.addDeserializer(
        Long.class,
        new Lenient<>(Long.class) {
          @Override
          Long scalar(JsonParser p) throws IOException {
            if (p.currentToken().isNumeric()) {
              return p.getNumberValue().longValue();
            }
            String text = p.currentToken() == JsonToken.VALUE_STRING ? p.getText().strip() : "";
            return text.matches("-?\\d{1,18}") ? Long.parseLong(text) : null;
          }
        });
    module.addDeserializer(
        Boolean.class,
        new Lenient<>(Boolean.class) {
          @Override
          Boolean scalar(JsonParser p) throws IOException {
            return switch (p.currentToken()) {
              case VALUE_TRUE -> true;
              case VALUE_FALSE -> false;
              case VALUE_STRING -> "true".equalsIgnoreCase(p.getText());
              default -> null;
            };
          }
        });
    module.addDeserializer(
        BigDecimal.class,
        new Lenient<>(BigDecimal.class) {
          @Override
          BigDecimal scalar(JsonParser p) throws IOException {
            if (p.currentToken().isNumeric()) {
              return p.getDecimalValue();
            }
            try {
              return p.currentToken() == JsonToken.VALUE_STRING
                  ? new BigDecimal(p.getText().strip())
                  : null;
            } catch (NumberFormatException notANumber) {
              return null;
            }
          }
        });
    return module;
  }

  /** A scalar read leniently; an object or array where a scalar belongs is skipped as null. */
  private abstract static class Lenient<T> extends StdScalarDeserializer<T> {

    Lenient(Class<T> type) {
      super(type);
    }

    abstract T scalar(JsonParser p) throws IOException;

    @Override
    public T deserialize(JsonParser p, DeserializationContext context) throws IOException {
      if (p.currentToken().isStructStart()) {
        p.skipChildren();
        return null;
      }
      return scalar(p);
    }
  }

  /** Serialises a request DTO; our DTOs are plain records, so failing here is a bug. */
  public static String write(ObjectMapper mapper, Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
    }
  }

  /** A typed string as {@link #text(JsonNode, String)} reads one: stripped, empty when blank. */
  public static Optional<String> text(String value) {
    String text = value == null ? "" : value.strip();
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
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
