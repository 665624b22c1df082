package dev.switchboard.sandbox.emulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Map;

/** A failed request, answered with Flowroute's error body and the given status. */
public final class FlowrouteException extends RuntimeException {

  private final int status;
  private final String title;
  private final String detail;
  private final Map<String, String> headers;
  private final JsonNode detailDocument;

  public FlowrouteException(int status, String title, String detail) {
    this(status, title, detail, Map.of());
  }

  public FlowrouteException(int status, String title, String detail, Map<String, String> headers) {
    this(status, title, detail, headers, null);
  }

  private FlowrouteException(
      int status,
      String title,
      String detail,
      Map<String, String> headers,
      JsonNode detailDocument) {
    super(status + " " + title + ": " + detail, null, false, false);
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.headers = headers;
    this.detailDocument = detailDocument;
  }

  /**
   * 422 with a field-level detail object, {@code {"data":{"attributes":{field:[message]}}}}, as
   * Flowroute answers refused attributes.
   */
  public static FlowrouteException invalidAttribute(String field, String message) {
    com.fasterxml.jackson.databind.node.ObjectNode detail = Json.object();
    detail.putObject("data").putObject("attributes").putArray(field).add(message);
    return new FlowrouteException(
        422, "Unprocessable Entity", field + ": " + message, Map.of(), detail);
  }

  /**
   * The same for several refused attributes at once, each with its messages, in the given order.
   */
  public static FlowrouteException invalidAttributes(Map<String, java.util.List<String>> problems) {
    com.fasterxml.jackson.databind.node.ObjectNode detail = Json.object();
    com.fasterxml.jackson.databind.node.ObjectNode attributes =
        detail.putObject("data").putObject("attributes");
    StringBuilder text = new StringBuilder();
    problems.forEach(
        (field, messages) -> {
          messages.forEach(attributes.putArray(field)::add);
          text.append(text.length() == 0 ? "" : "; ")
              .append(field)
              .append(": ")
              .append(String.join(" ", messages));
        });
    return new FlowrouteException(422, "Unprocessable Entity", text.toString(), Map.of(), detail);
  }

  /** 404 in the form Flowroute gives for a number not on the account: a detail and no title. */
  public static FlowrouteException notOnAccount() {
    return new FlowrouteException(404, null, "Could not find that resource on your account.");
  }

  public static FlowrouteException unprocessable(String detail) {
    return new FlowrouteException(422, "Unprocessable Entity", detail);
  }

  public static FlowrouteException notFound(String detail) {
    return new FlowrouteException(404, "Not Found", detail);
  }

  public static FlowrouteException forbidden(String detail) {
    return new FlowrouteException(403, "ActionNotAuthorizedError", detail);
  }

  static FlowrouteException badRequest(String detail) {
    return new FlowrouteException(400, "Bad Request", detail);
  }

  public int status() {
    return status;
  }

  String title() {
    return title;
  }

  public String detail() {
    return detail;
  }

  /** The {@code detail} as sent: the object of a field-level error, else the text. */
  JsonNode detailJson() {
    return detailDocument != null ? detailDocument : TextNode.valueOf(detail);
  }

  Map<String, String> headers() {
    return headers;
  }
}
