package dev.switchboard.api.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.api.support.SandboxServices;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Signs in to the console through the emulator's code flow, as a browser would, without one. */
final class ConsoleSession {

  private ConsoleSession() {}

  /** A request with the cookies of a session signed in through the emulator's code flow. */
  static RequestSpecification signedIn() throws Exception {
    HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    Map<String, String> cookies = new HashMap<>();
    HttpResponse<Void> start = get(http, SandboxServices.APP_URL + "/console/messages", cookies);
    HttpResponse<Void> authorize = get(http, location(start), cookies);
    HttpResponse<Void> back = get(http, location(authorize), cookies);
    assertThat(back.statusCode()).isEqualTo(302);
    return given().redirects().follow(false).cookies(cookies);
  }

  private static HttpResponse<Void> get(HttpClient http, String url, Map<String, String> cookies)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
    if (!cookies.isEmpty()) {
      request.header(
          "Cookie",
          cookies.entrySet().stream()
              .map(c -> c.getKey() + "=" + c.getValue())
              .collect(Collectors.joining("; ")));
    }
    HttpResponse<Void> response =
        http.send(request.build(), HttpResponse.BodyHandlers.discarding());
    for (String cookie : response.headers().allValues("Set-Cookie")) {
      String pair = cookie.split(";", 2)[0];
      int eq = pair.indexOf('=');
      cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
    }
    return response;
  }

  private static String location(HttpResponse<Void> response) {
    assertThat(response.statusCode()).isEqualTo(302);
    return response.headers().firstValue("Location").orElseThrow();
  }
}
