package dev.switchboard.flowroute.http;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.domain.shared.DomainException;
import dev.switchboard.domain.shared.ProblemType;
import dev.switchboard.domain.shared.UpstreamException;
import java.util.Map;
import java.util.function.Function;

/**
 * A JSON:API document from Flowroute holding one resource (§1.5), as the REST clients map it: its
 * {@code data} (absent in a 204, or in a 207 that carries only {@code errors}) and its {@code
 * errors}, kept as a tree: its shape in a 207 is not documented (§13 U6). Other members are
 * ignored.
 *
 * @param <R> the resource record
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record JsonApiDocument<R>(R data, JsonNode errors) {

  /** Whether the document has its resource (a 204 or a 207 of errors may have none). */
  public static boolean hasData(JsonApiDocument<?> document) {
    return document != null && document.data() != null;
  }

  /** A document that must be there: a 2xx without a body is an unusable answer. */
  public static <R> JsonApiDocument<R> required(JsonApiDocument<R> document) {
    if (document == null) {
      throw invalid("Flowroute's answer is not a JSON object");
    }
    return document;
  }

  /** The single resource of the document. */
  public R resource() {
    if (data == null) {
      throw invalid("Flowroute's answer has no 'data' object");
    }
    return data;
  }

  /** The {@code errors} member as text, for the error mapping that reads Flowroute's errors. */
  public String errorsText() {
    return errors == null
        ? ""
        : FlowrouteJson.write(FlowrouteJson.mapper(), Map.of("errors", errors));
  }

  /**
   * One resource read by {@code reader}; one the domain's rules cannot hold is an unusable answer.
   *
   * @param what the resource in words, for the message ({@code E911 record})
   * @param id the resource's id, for the message
   */
  public static <R, T> T readable(R resource, String what, String id, Function<R, T> reader) {
    try {
      return reader.apply(resource);
    } catch (DomainException unreadable) {
      throw invalid(
          "Flowroute's "
              + what
              + " "
              + (id == null ? "?" : id)
              + " cannot be read: "
              + unreadable.getMessage());
    }
  }

  public static UpstreamException invalid(String message) {
    return new UpstreamException(ProblemType.FLOWROUTE_INVALID_RESPONSE, message);
  }
}
