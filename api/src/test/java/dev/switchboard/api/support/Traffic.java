package dev.switchboard.api.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Webhooks and sends as Flowroute and a client make them, over plain HTTP with a timeout of its
 * own, so that a test sees each answer's status, problem type, Retry-After and how long it took.
 */
public final class Traffic {

  /**
   * One answer: status, problem type and detail (if any), Retry-After (if any), the message id of a
   * 202, the body as it came.
   */
  public record Answer(
      int status,
      String problemType,
      String detail,
      Optional<String> retryAfter,
      String id,
      Duration took,
      String body) {
    public boolean ok() {
      return status / 100 == 2;
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration GIVE_UP = Duration.ofSeconds(60);

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String token;

  public Traffic(String token) {
    this.token = token;
  }

  /** Flowroute's inbound SMS webhook (JSON:API form) with a fresh {@code mdr2-} id. */
  public Answer inbound(String from, String to, String body) {
    String mdr = "mdr2-" + UUID.randomUUID().toString().replace("-", "");
    String payload =
        """
        {"data":{"type":"message","id":"%s","attributes":{
          "amount_display":"$0.0070","amount_nanodollars":"7000000","body":"%s",
          "direction":"inbound","from":"%s","is_mms":false,"message_encoding":0,
          "message_type":"longcode","status":"delivered",
          "timestamp":"2024-10-19T01:21:21.980000Z","to":"%s"}}}
        """
            .formatted(mdr, body, from.substring(1), to.substring(1));
    return post(
        "/webhooks/flowroute/" + SandboxServices.WEBHOOK_SECRET + "/sms", payload, Map.of());
  }

  /** {@code POST /v1/messages}. */
  public Answer send(String from, String to, String body) {
    try {
      String payload = JSON.writeValueAsString(Map.of("from", from, "to", to, "body", body));
      return post("/v1/messages", payload, Map.of("Authorization", "Bearer " + token));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Flowroute's delivery receipt webhook (JSON:API form) for the message it knows as {@code
   * flowrouteId}.
   */
  public Answer receipt(String flowrouteId, String status, int code) {
    String payload =
        """
        {"data":{"type":"delivery_receipt","id":"%s","attributes":{"body":"","level":2,
          "status":"%s","status_code":%d,"status_code_description":"as the test says",
          "timestamp":"2026-11-27T10:00:00+00:00"}}}
        """
            .formatted(flowrouteId, status, code);
    return request(
        "POST",
        "/webhooks/flowroute/" + SandboxServices.WEBHOOK_SECRET + "/dlr",
        payload,
        Map.of());
  }

  /** {@code GET path} with the token. */
  public Answer get(String path) {
    return request("GET", path, null, Map.of("Authorization", "Bearer " + token));
  }

  /** {@code method path} with the token and a JSON body. */
  public Answer call(String method, String path, String json) {
    return request(method, path, json, Map.of("Authorization", "Bearer " + token));
  }

  /**
   * The status code of the Kubernetes readiness probe's health group, {@code serving} (0 when it
   * did not answer within 5 s).
   */
  public int readiness() {
    try {
      return http.send(
              HttpRequest.newBuilder(
                      URI.create(SandboxServices.APP_URL + "/q/health/group/serving"))
                  .timeout(Duration.ofSeconds(5))
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    }
  }

  private Answer post(String path, String payload, Map<String, String> headers) {
    return request("POST", path, payload, headers);
  }

  private Answer request(String method, String path, String payload, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(SandboxServices.APP_URL + path))
            .timeout(GIVE_UP)
            .method(
                method,
                payload == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(payload));
    if (payload != null) {
      request.header("Content-Type", "application/json");
    }
    headers.forEach(request::header);
    long start = System.nanoTime();
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      JsonNode body = parse(response.body());
      return new Answer(
          response.statusCode(),
          body.path("type").asText(null),
          body.path("detail").asText(null),
          response.headers().firstValue("Retry-After"),
          body.path("id").asText(null),
          took,
          response.body());
    } catch (IOException e) {
      return new Answer(
          -1,
          e.getClass().getSimpleName(),
          null,
          Optional.empty(),
          null,
          Duration.ofNanos(System.nanoTime() - start),
          null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode parse(String body) {
    try {
      return body == null || body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
    } catch (IOException e) {
      return JSON.createObjectNode();
    }
  }
}
