package dev.switchboard.sandbox.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * Numbers v1 on the emulator: the HMAC signature checked in each of the forms Flowroute's SDKs send
 * (reference §9.1, §13 U7, U9), v1's shapes and error body (§9.2), and one account shared with
 * Numbers v2. Signed here as the Python SDK signs (no {@code Z}, no body hash without a body)
 * unless a test says otherwise.
 */
class NumbersV1Test extends EmulatorTestBase {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();

  record Answer(int status, String contentType, JsonNode json) {}

  @Test
  void accepts_the_timestamp_with_and_without_z() {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    String withZ = now.toString();
    String withoutZ = withZ.substring(0, withZ.length() - 1);

    Answer zulu = signed("GET", "/v1/available-tns/npas/?limit=3", null, withZ, secret());
    Answer plain = signed("GET", "/v1/available-tns/npas/?limit=3", null, withoutZ, secret());

    assertThat(zulu.status()).isEqualTo(200);
    assertThat(plain.status()).isEqualTo(200);
    assertThat(zulu.json().path("npas").size()).isEqualTo(3);
    assertThat(zulu.json().path("links").path("next").asText())
        .isEqualTo("/v1/available-tns/npas/?limit=3&page=2");
  }

  @Test
  void refuses_a_wrong_signature_with_v1s_error_body() {
    Answer answer =
        signed(
            "GET", "/v1/tns/", null, Instant.now().toString().substring(0, 19), "not-the-secret");

    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.contentType()).startsWith("application/json");
    assertThat(answer.json().path("error").asText()).isEqualTo("Authentication failed.");
    assertThat(answer.json().has("errors")).isFalse();
  }

  @Test
  void refuses_a_signature_over_another_body() {
    String number = emulator.catalogue().get(0).number();
    String ts = Instant.now().toString().substring(0, 19);
    String signature =
        signature("PUT", "/v1/tns/" + number, "{\"billing_method\":\"VPRI\"}", ts, secret());

    Answer answer =
        send("PUT", "/v1/tns/" + number, "{\"billing_method\":\"METERED\"}", ts, signature);

    assertThat(answer.status()).isEqualTo(401);
    assertThat(emulator.number(number)).isEmpty();
  }

  @Test
  void a_number_bought_through_v1_is_on_the_v2_account_and_the_other_way_round() {
    String viaV1 = emulator.catalogue().get(0).number();
    String viaV2 = emulator.catalogue().get(1).number();

    Answer bought = signed("PUT", "/v1/tns/" + viaV1, "{\"billing_method\":\"METERED\"}");
    assertThat(client.post("/v2/numbers/" + viaV2).status()).isEqualTo(201);

    assertThat(bought.status()).isEqualTo(201);
    assertThat(client.get("/v2/numbers/" + viaV1).status()).isEqualTo(200);
    JsonNode listed = signed("GET", "/v1/tns/?limit=200", null).json().path("tns");
    assertThat(listed.has(viaV1)).isTrue();
    assertThat(listed.has(viaV2)).isTrue();
    assertThat(listed.path(viaV2).path("routes").path(0).path("name").asText())
        .isEqualTo("sip-reg");
    assertThat(signed("PUT", "/v1/tns/" + viaV1, "{\"billing_method\":\"METERED\"}").json())
        .isEqualTo(
            JSON.createObjectNode()
                .put("error", "Business Logic Error: The TN is not available for purchase."));
  }

  @Test
  void routes_a_number_by_route_name_as_v2_sees_it() {
    String number = emulator.catalogue().get(0).number();
    signed("PUT", "/v1/tns/" + number, "{\"billing_method\":\"METERED\"}");

    Answer created =
        signed("PUT", "/v1/routes/MyHost", "{\"type\":\"HOST\",\"value\":\"pbx.example.com\"}");
    Answer routed =
        signed(
            "PATCH",
            "/v1/tns/" + number,
            "{\"routes\":[{\"name\":\"MyHost\"},{\"name\":\"sip-reg\"}]}");

    assertThat(created.status()).isEqualTo(201);
    assertThat(routed.status()).isEqualTo(204);
    String id =
        emulator.routes().stream()
            .filter(r -> r.alias().equals("MyHost"))
            .findFirst()
            .orElseThrow()
            .id();
    assertThat(emulator.number(number).orElseThrow().primaryRouteId()).isEqualTo(id);
    assertThat(emulator.number(number).orElseThrow().failoverRouteId()).isNull();
    JsonNode routes = signed("GET", "/v1/tns/" + number, null).json().path("routes");
    assertThat(routes.path(0).path("name").asText()).isEqualTo("MyHost");
    assertThat(routes.path(0).path("value").asText()).isEqualTo("pbx.example.com");
    assertThat(
            signed("GET", "/v1/routes/", null)
                .json()
                .path("routes")
                .path("MyHost")
                .path("type")
                .asText())
        .isEqualTo("HOST");
  }

  @Test
  void answers_v1s_errors_for_a_limit_out_of_range_and_an_unknown_number() {
    Answer tooMany = signed("GET", "/v1/available-tns/tns/?limit=201", null);
    Answer unknown = signed("GET", "/v1/tns/12065559999", null);
    Answer empty = signed("GET", "/v1/available-tns/tns/?npa=999", null);

    assertThat(tooMany.status()).isEqualTo(422);
    assertThat(tooMany.json().path("error").asText()).contains("limit");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.json().has("error")).isTrue();
    assertThat(empty.status()).isEqualTo(200);
    assertThat(empty.json()).isEqualTo(JSON.createObjectNode());
  }

  private Answer signed(String method, String pathAndQuery, String body) {
    return signed(method, pathAndQuery, body, Instant.now().toString().substring(0, 19), secret());
  }

  private Answer signed(
      String method, String pathAndQuery, String body, String timestamp, String secret) {
    return send(
        method,
        pathAndQuery,
        body,
        timestamp,
        signature(method, pathAndQuery, body, timestamp, secret));
  }

  /** As the Python SDK: {@code ts \n METHOD \n md5-or-empty \n url \n sorted query}. */
  private static String signature(
      String method, String pathAndQuery, String body, String timestamp, String secret) {
    URI uri = URI.create(emulator.url() + pathAndQuery);
    String query =
        uri.getRawQuery() == null
            ? ""
            : String.join(
                "&", java.util.Arrays.stream(uri.getRawQuery().split("&")).sorted().toList());
    String md5 = body == null ? "" : hex(digest("MD5", body.getBytes(StandardCharsets.UTF_8)));
    String message =
        timestamp
            + "\n"
            + method
            + "\n"
            + md5
            + "\n"
            + uri.getScheme()
            + "://"
            + uri.getRawAuthority()
            + uri.getRawPath()
            + "\n"
            + query;
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
      return hex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private Answer send(
      String method, String pathAndQuery, String body, String timestamp, String signature) {
    String basic =
        Base64.getEncoder()
            .encodeToString(
                (emulator.config().accessKey() + ":" + signature).getBytes(StandardCharsets.UTF_8));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(emulator.url() + pathAndQuery))
            .header("Authorization", "Basic " + basic)
            .header("X-Timestamp", timestamp)
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json; charset=utf-8");
    }
    try {
      HttpResponse<byte[]> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      JsonNode json =
          response.body().length == 0 ? JSON.missingNode() : JSON.readTree(response.body());
      return new Answer(
          response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), json);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String secret() {
    return emulator.config().secretKey();
  }

  private static byte[] digest(String algorithm, byte[] bytes) {
    try {
      return MessageDigest.getInstance(algorithm).digest(bytes);
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }
}
