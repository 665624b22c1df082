package dev.switchboard.flowroute.messaging.media;

import dev.switchboard.domain.messaging.media.MediaBytes;
import dev.switchboard.domain.messaging.media.MediaFetchException;
import dev.switchboard.domain.messaging.port.out.MediaSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Fetches inbound media from Flowroute's temporary (pre-signed) links over HTTP, bounded in time
 * and bytes. Its failures name neither the link (its query is a signature) nor the server's words.
 */
public final class HttpMediaSource implements MediaSource {

  private static final String UNKNOWN_TYPE = "application/octet-stream";

  private final HttpClient http;
  private final Duration readTimeout;
  private final long maxBytes;

  public HttpMediaSource(Duration connectTimeout, Duration readTimeout, long maxBytes) {
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(connectTimeout)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    this.readTimeout = readTimeout;
    this.maxBytes = maxBytes;
  }

  @Override
  public MediaBytes fetch(URI url) throws MediaFetchException {
    String scheme = url.getScheme();
    if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) {
      throw new MediaFetchException("the media link is not an http(s) URL");
    }
    HttpRequest request = HttpRequest.newBuilder(url).timeout(readTimeout).GET().build();
    HttpResponse<InputStream> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (IOException e) {
      throw new MediaFetchException("the media server could not be reached", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MediaFetchException("the copy was interrupted", e);
    }
    try (InputStream body = response.body()) {
      if (response.statusCode() != 200) {
        throw new MediaFetchException(
            "the media server answered HTTP "
                + response.statusCode()
                + (response.statusCode() == 403 || response.statusCode() == 404
                    ? " (the link may have expired)"
                    : ""));
      }
      String type =
          response
              .headers()
              .firstValue("Content-Type")
              .filter(t -> !t.isBlank())
              .orElse(UNKNOWN_TYPE);
      return new MediaBytes(type, readBounded(body));
    } catch (IOException e) {
      throw new MediaFetchException("the media server broke off the download", e);
    }
  }

  private byte[] readBounded(InputStream body) throws IOException, MediaFetchException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[16 * 1024];
    long total = 0;
    for (int n; (n = body.read(buffer)) != -1; ) {
      total += n;
      if (total > maxBytes) {
        throw new MediaFetchException("the medium is larger than " + maxBytes + " bytes");
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }
}
