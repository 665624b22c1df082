package dev.switchboard.flowroute.http;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.domain.shared.DomainException;
import dev.switchboard.domain.shared.UpstreamException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A JSON:API document from Flowroute: its {@code data}, {@code included} and paging link. */
public final class JsonApiDocument {

  /** Reads costs exactly: 1.25 stays 1.25, never 1.2499999. */
  private static final ObjectMapper JSON =
      FlowrouteJson.mapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private static final Pattern OFFSET = Pattern.compile("[?&]offset=(\\d+)");

  private final JsonNode root;

  private JsonApiDocument(JsonNode root) {
    this.root = root;
  }

  /** Parses a body that must be a JSON object, or reports Flowroute's answer as unusable. */
  public static JsonApiDocument parse(String body) {
    JsonNode root = null;
    try {
      root = body == null || body.isBlank() ? null : JSON.readTree(body);
    } catch (Exception notJson) {
      // reported below
    }
    if (root == null || !root.isObject()) {
      throw invalid("Flowroute's answer is not a JSON object");
    }
    return new JsonApiDocument(root);
  }

  /** Whether a body is a document with a {@code data} object (a 207 may have none). */
  public static boolean hasDataObject(String body) {
    try {
      return body != null && !body.isBlank() && JSON.readTree(body).path("data").isObject();
    } catch (Exception notJson) {
      return false;
    }
  }

  /** The single resource of the document. */
  public JsonNode resource() {
    JsonNode data = root.path("data");
    if (!data.isObject()) {
      throw invalid("Flowroute's answer has no 'data' object");
    }
    return data;
  }

  /** The resources of a collection document (an empty list when {@code data} is empty). */
  public List<JsonNode> resources() {
    JsonNode data = root.path("data");
    if (!data.isArray()) {
      throw invalid("Flowroute's answer has no 'data' array");
    }
    List<JsonNode> items = new ArrayList<>();
    data.forEach(items::add);
    return items;
  }

  /**
   * The resources of a collection document that {@code reader} can read. One the domain's rules
   * cannot hold (the reader throws a {@link DomainException}: a legacy record, a type we do not
   * know) is left out rather than making the whole account unreadable.
   */
  public <T> List<T> readable(Function<JsonNode, T> reader) {
    List<T> items = new ArrayList<>();
    for (JsonNode resource : resources()) {
      try {
        items.add(reader.apply(resource));
      } catch (DomainException unreadable) {
        // Not something the domain can represent: not ours to report.
      }
    }
    return items;
  }

  /**
   * One resource read by {@code reader}; one the domain's rules cannot hold is an unusable answer.
   *
   * @param what the resource in words, for the message ({@code E911 record})
   */
  public static <T> T readable(JsonNode resource, String what, Function<JsonNode, T> reader) {
    try {
      return reader.apply(resource);
    } catch (DomainException unreadable) {
      throw invalid(
          "Flowroute's "
              + what
              + " "
              + FlowrouteJson.text(resource, "id").orElse("?")
              + " cannot be read: "
              + unreadable.getMessage());
    }
  }

  /** The {@code included} resources of a type, by id. */
  Optional<JsonNode> included(String type, String id) {
    for (JsonNode resource : root.path("included")) {
      if (type.equals(FlowrouteJson.text(resource, "type").orElse(""))
          && id.equals(FlowrouteJson.text(resource, "id").orElse(""))) {
        return Optional.of(resource);
      }
    }
    return Optional.empty();
  }

  /** Whether {@code links.next} is there: Flowroute leaves it out on the last page (§1.6). */
  public boolean hasNext() {
    return FlowrouteJson.text(root.path("links"), "next").isPresent();
  }

  /**
   * The offset of the next page. Only the offset of {@code links.next} is read: its host and path
   * are not reliable (examples show internal hosts and missing versions).
   */
  public OptionalInt nextOffset() {
    Optional<String> next = FlowrouteJson.text(root.path("links"), "next");
    if (next.isEmpty()) {
      return OptionalInt.empty();
    }
    try {
      String query = URI.create(next.get()).getRawQuery();
      Matcher matcher = OFFSET.matcher(query == null ? "" : "?" + query);
      return matcher.find()
          ? OptionalInt.of(Integer.parseInt(matcher.group(1)))
          : OptionalInt.empty();
    } catch (IllegalArgumentException malformed) {
      return OptionalInt.empty();
    }
  }

  public static UpstreamException invalid(String message) {
    return new UpstreamException(
        UpstreamException.Kind.UNAVAILABLE, "flowroute-invalid-response", message);
  }
}
