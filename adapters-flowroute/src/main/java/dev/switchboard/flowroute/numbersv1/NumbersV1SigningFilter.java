package dev.switchboard.flowroute.numbersv1;

import dev.switchboard.flowroute.http.FlowrouteConfig;
import dev.switchboard.flowroute.http.Secret;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;

/**
 * Signs every Numbers v1 request (§9.1): puts the query in the sorted order it signs, as the SDKs
 * re-issue it, and sends {@code X-Timestamp} and HTTP Basic with the signature as password. Bodies
 * are the JSON text the API interface passes, hashed as the UTF-8 bytes that go out. A bean, so
 * that the REST client's {@code @RegisterProvider} gets it with the configured keys.
 */
@Singleton
public final class NumbersV1SigningFilter implements ClientRequestFilter {

  private final Secret accessKey;
  private final Secret secretKey;
  private final Clock clock;

  @Inject
  NumbersV1SigningFilter(FlowrouteConfig config) {
    this(config.accessKey(), config.secretKey(), Clock.systemUTC());
  }

  public NumbersV1SigningFilter(Secret accessKey, Secret secretKey, Clock clock) {
    this.accessKey = accessKey;
    this.secretKey = secretKey;
    this.clock = clock;
  }

  @Override
  public void filter(ClientRequestContext request) {
    URI sorted = sortedQuery(request.getUri());
    request.setUri(sorted);
    Object entity = request.hasEntity() ? request.getEntity() : null;
    byte[] body = entity == null ? new byte[0] : entity.toString().getBytes(StandardCharsets.UTF_8);
    String timestamp = NumbersV1Signature.timestamp(clock.instant());
    String method = request.getMethod();
    String signature =
        NumbersV1Signature.sign(
            secretKey,
            NumbersV1Signature.message(
                timestamp,
                method,
                NumbersV1Signature.bodyHash(method, body),
                NumbersV1Signature.canonicalUri(sorted)));
    String pair = accessKey.reveal() + ":" + signature;
    request.getHeaders().putSingle(NumbersV1Signature.TIMESTAMP_HEADER, timestamp);
    request
        .getHeaders()
        .putSingle(
            HttpHeaders.AUTHORIZATION,
            "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
  }

  private static URI sortedQuery(URI uri) {
    String query = uri.getRawQuery();
    if (query == null || query.isEmpty()) {
      return uri;
    }
    String base = uri.toString();
    base = base.substring(0, base.indexOf('?'));
    try {
      return new URI(base + "?" + NumbersV1Signature.sortedQuery(query));
    } catch (URISyntaxException e) {
      return uri;
    }
  }

  @Override
  public String toString() {
    return "NumbersV1SigningFilter[****]";
  }
}
