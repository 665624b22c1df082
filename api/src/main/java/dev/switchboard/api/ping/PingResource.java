package dev.switchboard.api.ping;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code GET /ping}: answers at once, touching nothing. It is the ceiling the benchmarks compare
 * the real endpoints with (the framework's own cost), and a cheap check for load balancers.
 */
@Path("/ping")
public class PingResource {

  @GET
  @Produces(MediaType.TEXT_PLAIN)
  public String ping() {
    return "pong";
  }
}
