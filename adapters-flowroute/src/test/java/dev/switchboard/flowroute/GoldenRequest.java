package dev.switchboard.flowroute;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.flowroute.http.FlowrouteJson;
import dev.switchboard.sandbox.emulator.control.LoggedRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * A golden example of one Flowroute request, read from {@code /golden/<name>.json}: the method,
 * path, query, content type and JSON body that Flowroute's documentation or SDK source shows (the
 * file's {@code sources} say which). A string value {@code "*"} in the query or body stands for any
 * non-empty value (our own URLs and the time of day).
 */
final class GoldenRequest {

  private static final ObjectMapper JSON = FlowrouteJson.mapper();

  private final String name;
  private final JsonNode golden;

  private GoldenRequest(String name, JsonNode golden) {
    this.name = name;
    this.golden = golden;
  }

  static GoldenRequest of(String name) {
    try (InputStream in = GoldenRequest.class.getResourceAsStream("/golden/" + name + ".json")) {
      if (in == null) {
        throw new IllegalArgumentException("no golden file golden/" + name + ".json");
      }
      JsonNode golden = JSON.readTree(in);
      assertThat(golden.path("sources").isArray() && !golden.path("sources").isEmpty())
          .as("golden/%s.json cites its sources", name)
          .isTrue();
      return new GoldenRequest(name, golden);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Asserts that {@code actual}, as the emulator received it, is this golden request; {@code
   * {type}} in the golden path is {@code pathSegment} (for one example of several paths).
   */
  void assertMatches(LoggedRequest actual, String pathSegment) {
    String what = "golden/" + name + ".json";
    String path = golden.path("path").asText();
    if (pathSegment != null) {
      path = path.replace("{type}", pathSegment);
    }
    assertThat(actual.method()).as(what + " method").isEqualTo(golden.path("method").asText());
    assertThat(actual.path()).as(what + " path").isEqualTo(path);
    assertThat(matches(JSON.valueToTree(query(actual.query())), query(golden)))
        .as(what + " query: got " + actual.query())
        .isTrue();
    String contentType = actual.headers().get("content-type");
    if (golden.has("contentType")) {
      assertThat(contentType == null ? null : contentType.split(";")[0].strip())
          .as(what + " content type")
          .isEqualTo(golden.path("contentType").asText());
    }
    JsonNode body =
        actual.body() == null || actual.body().isMissingNode() || actual.body().isNull()
            ? null
            : actual.body();
    if (body != null && body.isTextual() && body.asText().isEmpty()) {
      body = null;
    }
    if (golden.has("body")) {
      assertThat(body).as(what + " body").isNotNull();
      assertThat(matches(body, golden.get("body")))
          .as(what + " body: got " + body + ", expected " + golden.get("body"))
          .isTrue();
    } else {
      assertThat(body).as(what + ": no body expected").isNull();
    }
  }

  private static JsonNode query(JsonNode golden) {
    return golden.has("query") ? golden.get("query") : JSON.createObjectNode();
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> parameters = new TreeMap<>();
    if (raw == null || raw.isEmpty()) {
      return parameters;
    }
    for (String pair : raw.split("&")) {
      int equals = pair.indexOf('=');
      String key = equals < 0 ? pair : pair.substring(0, equals);
      String value = equals < 0 ? "" : pair.substring(equals + 1);
      parameters.put(
          URLDecoder.decode(key, StandardCharsets.UTF_8),
          URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
    return parameters;
  }

  /** Equal JSON, where a golden {@code "*"} matches any non-empty scalar. */
  static boolean matches(JsonNode actual, JsonNode golden) {
    if (golden.isTextual() && golden.asText().equals("*")) {
      return actual != null
          && actual.isValueNode()
          && !actual.isNull()
          && !actual.asText().isEmpty();
    }
    if (golden.isObject()) {
      if (actual == null || !actual.isObject() || actual.size() != golden.size()) {
        return false;
      }
      Iterator<Map.Entry<String, JsonNode>> fields = golden.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        if (!actual.has(field.getKey()) || !matches(actual.get(field.getKey()), field.getValue())) {
          return false;
        }
      }
      return true;
    }
    if (golden.isArray()) {
      if (actual == null || !actual.isArray() || actual.size() != golden.size()) {
        return false;
      }
      for (int i = 0; i < golden.size(); i++) {
        if (!matches(actual.get(i), golden.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (actual != null && actual.isValueNode() && golden.isValueNode() && !golden.isNull()) {
      // Query values are strings on the wire: compare a golden number or boolean as its text.
      return golden.isTextual()
          ? actual.isTextual() && actual.asText().equals(golden.asText())
          : actual.equals(golden)
              || (actual.isTextual() && actual.asText().equals(golden.asText()));
    }
    return golden.equals(actual);
  }
}
