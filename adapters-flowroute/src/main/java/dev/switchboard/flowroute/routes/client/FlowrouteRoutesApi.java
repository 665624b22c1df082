package dev.switchboard.flowroute.routes.client;

import dev.switchboard.flowroute.http.FlowrouteJson;
import io.quarkus.rest.client.reactive.ClientBasicAuth;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Flowroute Routes v2, and the route relationships of a number (Numbers v2), as a MicroProfile REST
 * Client: bodies go out as JSON text and come back as raw responses.
 */
@RegisterRestClient(configKey = "flowroute")
@ClientBasicAuth(
    username = "${switchboard.flowroute.access-key}",
    password = "${switchboard.flowroute.secret-key}")
@Path("/v2")
@Produces({FlowrouteJson.JSON_API, "application/json"})
public interface FlowrouteRoutesApi {

  /** {@code relationship} is {@code primary_route} or {@code failover_route}. */
  @PATCH
  @Path("/numbers/{number}/relationships/{relationship}")
  @Consumes(FlowrouteJson.JSON_API)
  Response assignRoute(
      @PathParam("number") String number,
      @PathParam("relationship") String relationship,
      String body);

  @DELETE
  @Path("/numbers/{number}/relationships/{relationship}")
  Response removeRoute(
      @PathParam("number") String number, @PathParam("relationship") String relationship);

  @GET
  @Path("/routes")
  Response routes(@QueryParam("limit") int limit, @QueryParam("offset") int offset);

  @POST
  @Path("/routes")
  @Consumes(FlowrouteJson.JSON_API)
  Response createRoute(String envelope);

  @PATCH
  @Path("/routes/{id}")
  @Consumes(FlowrouteJson.JSON_API)
  Response updateRoute(@PathParam("id") String id, String envelope);

  @DELETE
  @Path("/routes/{id}")
  Response deleteRoute(@PathParam("id") String id);

  @GET
  @Path("/routes/edge_strategies")
  Response edgeStrategies();
}
