package dev.switchboard.sandbox.emulator.messaging;

import dev.switchboard.sandbox.emulator.http.FlowrouteException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * Checks MMS media as Flowroute does when it fetches them: media on this machine (127.0.0.1 or
 * localhost) are downloaded and must total at most 767840 bytes with the text; media elsewhere are
 * accepted without fetching, as the emulator never leaves the machine.
 */
public final class MediaFetcher {

  static final long LIMIT_BYTES = 767_840;

  private final HttpClient client =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(2))
          .followRedirects(HttpClient.Redirect.NORMAL)
          .build();

  void check(List<String> urls, String body) {
    long total = body == null ? 0 : body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    for (String url : urls) {
      URI uri;
      try {
        uri = URI.create(url);
      } catch (IllegalArgumentException e) {
        throw FlowrouteException.unprocessable(
            "Error fetching media: \"" + url + "\" is not a URL.");
      }
      String scheme = uri.getScheme();
      if (scheme == null || !(scheme.equals("http") || scheme.equals("https"))) {
        throw FlowrouteException.unprocessable(
            "Error fetching media: \"" + url + "\" is not an http(s) URL.");
      }
      if (!isLocal(uri.getHost())) {
        continue;
      }
      total += fetchSize(uri, url, LIMIT_BYTES - total);
      if (total > LIMIT_BYTES) {
        throw tooLarge(url);
      }
    }
  }

  private static boolean isLocal(String host) {
    return "127.0.0.1".equals(host) || "localhost".equalsIgnoreCase(host);
  }

  private long fetchSize(URI uri, String url, long remaining) {
    try {
      HttpResponse<InputStream> response =
          client.send(
              HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build(),
              HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream in = response.body()) {
        if (response.statusCode() != 200) {
          throw FlowrouteException.unprocessable(
              "Error fetching media: File at \""
                  + url
                  + "\" could not be fetched (HTTP "
                  + response.statusCode()
                  + ").");
        }
        long size = 0;
        byte[] buffer = new byte[8192];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
          size += n;
          if (size > remaining) {
            throw tooLarge(url);
          }
        }
        return size;
      }
    } catch (IOException e) {
      throw FlowrouteException.unprocessable(
          "Error fetching media: File at \"" + url + "\" could not be fetched.");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FlowrouteException(503, "Service Unavailable", "Interrupted.");
    }
  }

  private static FlowrouteException tooLarge(String url) {
    return FlowrouteException.unprocessable(
        "Error fetching media: File at \"" + url + "\" is over " + LIMIT_BYTES + " byte limit.");
  }
}
