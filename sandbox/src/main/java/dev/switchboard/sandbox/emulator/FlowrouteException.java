package dev.switchboard.sandbox.emulator;

import java.util.Map;

/** A failed request, answered with Flowroute's error body and the given status. */
final class FlowrouteException extends RuntimeException {

  private final int status;
  private final String title;
  private final String detail;
  private final Map<String, String> headers;

  FlowrouteException(int status, String title, String detail) {
    this(status, title, detail, Map.of());
  }

  FlowrouteException(int status, String title, String detail, Map<String, String> headers) {
    super(status + " " + title + ": " + detail, null, false, false);
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.headers = headers;
  }

  static FlowrouteException unprocessable(String detail) {
    return new FlowrouteException(422, "Unprocessable Entity", detail);
  }

  static FlowrouteException notFound(String detail) {
    return new FlowrouteException(404, "Not Found", detail);
  }

  static FlowrouteException forbidden(String detail) {
    return new FlowrouteException(403, "ActionNotAuthorizedError", detail);
  }

  static FlowrouteException badRequest(String detail) {
    return new FlowrouteException(400, "Bad Request", detail);
  }

  int status() {
    return status;
  }

  String title() {
    return title;
  }

  String detail() {
    return detail;
  }

  Map<String, String> headers() {
    return headers;
  }
}
