package dev.switchboard.flowroute.http;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Adds Flowroute's HTTP Basic credentials (access key, secret key) to every request. */
public final class BasicAuthFilter implements ClientRequestFilter {

  private final String header;

  public BasicAuthFilter(Secret accessKey, Secret secretKey) {
    String pair = accessKey.reveal() + ":" + secretKey.reveal();
    this.header =
        "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void filter(ClientRequestContext request) {
    request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, header);
  }

  @Override
  public String toString() {
    return "BasicAuthFilter[****]";
  }
}
