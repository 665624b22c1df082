package dev.switchboard.sandbox.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A plain HTTP client for the emulator's endpoints, as the tests' stand-in for a real caller. */
final class FlowrouteClient {

  /** A response with its body parsed as JSON when possible. */
  record Response(int status, HttpResponse<byte[]> raw, JsonNode json) {
    String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }

    /** The first error object of a Flowroute error body. */
    JsonNode error() {
      return json.path("errors").path(0);
    }
  }

  static final ObjectMapper MAPPER = new ObjectMapper();

  private final HttpClient http = HttpClient.newHttpClient();
  private final String baseUrl;
  private final String authorization;

  FlowrouteClient(String baseUrl, String accessKey, String secretKey) {
    this.baseUrl = baseUrl;
    this.authorization =
        accessKey == null
            ? null
            : "Basic "
                + Base64.getEncoder()
                    .encodeToString((accessKey + ":" + secretKey).getBytes(StandardCharsets.UTF_8));
  }

  static FlowrouteClient of(FlowrouteEmulator emulator) {
    return new FlowrouteClient(
        emulator.url(), emulator.config().accessKey(), emulator.config().secretKey());
  }

  Response get(String path) {
    return send(builder(path).GET());
  }

  Response delete(String path) {
    return send(builder(path).DELETE());
  }

  Response post(String path, String json) {
    return post(path, json, "application/json");
  }

  Response post(String path, String json, String contentType) {
    return send(
        builder(path)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** A POST without a body or content type, as the SDKs purchase numbers. */
  Response post(String path) {
    return send(builder(path).POST(HttpRequest.BodyPublishers.noBody()));
  }

  Response patch(String path, String json) {
    return send(
        builder(path)
            .header("Content-Type", "application/vnd.api+json")
            .method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
  }

  /** A PATCH without a body or content type, as the SDKs assign E911 and CNAM records. */
  Response patch(String path) {
    return send(builder(path).method("PATCH", HttpRequest.BodyPublishers.noBody()));
  }

  Response put(String path, String json) {
    return send(
        builder(path)
            .header("Content-Type", "application/vnd.api+json; charset=utf-8")
            .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** Sends an SMS in the compact form. */
  Response sendSms(String from, String to, String body) {
    return post(
        "/v2.1/messages",
        MAPPER.createObjectNode().put("from", from).put("to", to).put("body", body).toString());
  }

  private HttpRequest.Builder builder(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path));
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    return builder;
  }

  private Response send(HttpRequest.Builder builder) {
    try {
      HttpResponse<byte[]> response =
          http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
      JsonNode json;
      try {
        json =
            response.body().length == 0 ? MAPPER.missingNode() : MAPPER.readTree(response.body());
      } catch (IOException e) {
        json = MAPPER.missingNode();
      }
      return new Response(response.statusCode(), response, json);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }
}
