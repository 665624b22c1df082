package dev.switchboard.flowroute.http;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * The Flowroute REST clients' error mapper: every answer outside 2xx becomes a {@link
 * FlowrouteHttpException} with its status, {@code Retry-After} and body read as text, so that the
 * client methods return typed success bodies and the adapters keep their own mapping of Flowroute's
 * refusals (registered on each client with {@code @RegisterProvider}; Quarkus's default mapper,
 * which would throw a bare {@code WebApplicationException} for 4xx and 5xx only, stays disabled).
 */
public class FlowrouteResponseMapper implements ResponseExceptionMapper<FlowrouteHttpException> {

  @Override
  public boolean handles(int status, MultivaluedMap<String, Object> headers) {
    return status < 200 || status >= 300;
  }

  @Override
  public FlowrouteHttpException toThrowable(Response response) {
    String body = "";
    if (response.hasEntity()) {
      try {
        body = response.readEntity(String.class);
      } catch (RuntimeException unreadable) {
        // The status is the answer; a body that cannot be read adds nothing to it.
      }
    }
    return new FlowrouteHttpException(
        response.getStatus(), response.getHeaderString(HttpHeaders.RETRY_AFTER), body);
  }
}
