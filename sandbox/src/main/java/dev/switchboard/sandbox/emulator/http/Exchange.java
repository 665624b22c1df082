package dev.switchboard.sandbox.emulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** One HTTP request read fully, with helpers to answer it. */
public final class Exchange {

  static final String JSON_API = "application/vnd.api+json";

  private final HttpExchange http;
  private final byte[] body;
  private boolean answered;

  private Exchange(HttpExchange http, byte[] body) {
    this.http = http;
    this.body = body;
  }

  public static Exchange read(HttpExchange http) throws IOException {
    return new Exchange(http, http.getRequestBody().readAllBytes());
  }

  public String method() {
    return http.getRequestMethod().toUpperCase(java.util.Locale.ROOT);
  }

  public String path() {
    return http.getRequestURI().getPath();
  }

  /** The path as sent, percent-encoding kept (Numbers v1 signs it so). */
  public String rawPath() {
    return http.getRequestURI().getRawPath();
  }

  public String rawQuery() {
    return http.getRequestURI().getRawQuery();
  }

  public Map<String, String> query() {
    return params(rawQuery());
  }

  /** The body as {@code application/x-www-form-urlencoded} parameters. */
  public Map<String, String> form() {
    return params(new String(body, StandardCharsets.UTF_8));
  }

  /** True when the request says its body is form-encoded. */
  public boolean formEncoded() {
    String contentType = header("Content-Type");
    return contentType != null
        && contentType
            .toLowerCase(java.util.Locale.ROOT)
            .startsWith("application/x-www-form-urlencoded");
  }

  private static Map<String, String> params(String raw) {
    Map<String, String> params = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return params;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      params.put(decode(name), decode(value));
    }
    return params;
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  public String header(String name) {
    return http.getRequestHeaders().getFirst(name);
  }

  public com.sun.net.httpserver.Headers requestHeaders() {
    return http.getRequestHeaders();
  }

  public byte[] body() {
    return body;
  }

  /** The body as JSON; 415 for a non-JSON content type, 400 for malformed JSON. */
  public JsonNode jsonBody() {
    String contentType = header("Content-Type");
    if (contentType != null && !contentType.toLowerCase(java.util.Locale.ROOT).contains("json")) {
      throw new FlowrouteException(
          415,
          "Unsupported Media Type",
          "Send application/json or application/vnd.api+json, not " + contentType + ".");
    }
    return Json.parse(body);
  }

  public boolean answered() {
    return answered;
  }

  public void json(int status, JsonNode node) throws IOException {
    json(status, node, JSON_API);
  }

  public void json(int status, JsonNode node, String contentType) throws IOException {
    bytes(status, contentType, Json.bytes(node));
  }

  /** The error in Numbers v1's shape, {@code {"error": "<detail>"}} (reference §9.2). */
  public void v1Error(FlowrouteException e) throws IOException {
    e.headers().forEach((name, value) -> http.getResponseHeaders().set(name, value));
    com.fasterxml.jackson.databind.node.ObjectNode body = Json.object();
    body.put("error", e.detail());
    json(e.status(), body, "application/json");
  }

  public void error(FlowrouteException e) throws IOException {
    e.headers().forEach((name, value) -> http.getResponseHeaders().set(name, value));
    json(e.status(), Json.error(e.status(), e.title(), e.detailJson()));
  }

  /** Closes the connection without an answer (the client sees it end, or has given up). */
  public void drop() {
    answered = true;
    http.close();
  }

  /** A 302 to {@code location} (the sandbox's OIDC authorize step). */
  public void redirect(String location) throws IOException {
    http.getResponseHeaders().set("Location", location);
    empty(302);
  }

  public void empty(int status) throws IOException {
    answered = true;
    http.sendResponseHeaders(status, -1);
  }

  public void bytes(int status, String contentType, byte[] content) throws IOException {
    answered = true;
    http.getResponseHeaders().set("Content-Type", contentType);
    http.sendResponseHeaders(status, content.length == 0 ? -1 : content.length);
    if (content.length > 0) {
      try (OutputStream out = http.getResponseBody()) {
        out.write(content);
      }
    }
  }
}
