package dev.switchboard.flowroute.routes.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.flowroute.http.FlowrouteJson;
import dev.switchboard.flowroute.http.FlowrouteResponseMapper;
import dev.switchboard.flowroute.http.JsonApiCollection;
import dev.switchboard.flowroute.http.JsonApiDocument;
import io.quarkus.rest.client.reactive.ClientBasicAuth;
import io.quarkus.rest.client.reactive.jackson.ClientObjectMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Flowroute Routes v2, and the route relationships of a number (Numbers v2), as a MicroProfile REST
 * Client: request records go out and JSON:API documents come back as records; a refusal is thrown
 * by {@link FlowrouteResponseMapper}.
 */
@RegisterRestClient(configKey = "flowroute")
@RegisterProvider(FlowrouteResponseMapper.class)
@ClientBasicAuth(
    username = "${switchboard.flowroute.access-key}",
    password = "${switchboard.flowroute.secret-key}")
@Path("/v2")
@Produces({FlowrouteJson.JSON_API, "application/json"})
public interface FlowrouteRoutesApi {

  /** Flowroute's JSON both ways: requests as {@link FlowrouteJson#write}, answers leniently. */
  @ClientObjectMapper
  static ObjectMapper objectMapper(ObjectMapper quarkusDefault) {
    return FlowrouteJson.clientMapper();
  }

  /** {@code relationship} is {@code primary_route} or {@code failover_route}. */
  @PATCH
  @Path("/numbers/{number}/relationships/{relationship}")
  @Consumes(FlowrouteJson.JSON_API)
  RestResponse<Void> assignRoute(
      @PathParam("number") String number,
      @PathParam("relationship") String relationship,
      RouteRelationshipRequest body);

  @DELETE
  @Path("/numbers/{number}/relationships/{relationship}")
  RestResponse<Void> removeRoute(
      @PathParam("number") String number, @PathParam("relationship") String relationship);

  @GET
  @Path("/routes")
  JsonApiCollection<RouteResource> routes(
      @QueryParam("limit") int limit, @QueryParam("offset") int offset);

  @POST
  @Path("/routes")
  @Consumes(FlowrouteJson.JSON_API)
  JsonApiDocument<RouteResource> createRoute(RouteRequest envelope);

  @PATCH
  @Path("/routes/{id}")
  @Consumes(FlowrouteJson.JSON_API)
  /** 200 with the route, or a bare 204 (null: the route is then read back from the list). */
  JsonApiDocument<RouteResource> updateRoute(@PathParam("id") String id, RouteRequest envelope);

  @DELETE
  @Path("/routes/{id}")
  RestResponse<Void> deleteRoute(@PathParam("id") String id);

  @GET
  @Path("/routes/edge_strategies")
  JsonApiCollection<RouteResource.EdgeStrategy> edgeStrategies();
}
