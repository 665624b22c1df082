package dev.switchboard.flowroute.e911.client;

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
 * Flowroute E911 v2 (§4) as a MicroProfile REST Client: bodies go out as JSON text and come back as
 * raw responses; a null query parameter is left out of the URL.
 */
@RegisterRestClient(configKey = "flowroute")
@ClientBasicAuth(
    username = "${switchboard.flowroute.access-key}",
    password = "${switchboard.flowroute.secret-key}")
@Path("/v2")
@Produces({FlowrouteJson.JSON_API, "application/json"})
public interface FlowrouteE911Api {

  @GET
  @Path("/e911s")
  Response e911s(
      @QueryParam("label") String label,
      @QueryParam("street_name") String streetName,
      @QueryParam("city") String city,
      @QueryParam("state") String state,
      @QueryParam("limit") int limit,
      @QueryParam("offset") int offset);

  @GET
  @Path("/e911s/{id}")
  Response e911(@PathParam("id") String id);

  /** 204 when Flowroute can geocode the address; nothing is created. */
  @POST
  @Path("/e911s/validate")
  @Consumes(FlowrouteJson.JSON_API)
  Response validate(String envelope);

  @POST
  @Path("/e911s")
  @Consumes(FlowrouteJson.JSON_API)
  Response create(String envelope);

  @PATCH
  @Path("/e911s/{id}")
  @Consumes(FlowrouteJson.JSON_API)
  Response update(@PathParam("id") String id, String envelope);

  @DELETE
  @Path("/e911s/{id}")
  Response delete(@PathParam("id") String id);

  /** No body; 204. */
  @PATCH
  @Path("/numbers/{number}/relationships/e911s/{id}")
  Response assign(@PathParam("number") String number, @PathParam("id") String id);

  @DELETE
  @Path("/numbers/{number}/relationships/e911s")
  Response unassign(@PathParam("number") String number);

  @GET
  @Path("/e911s/{id}/relationships/numbers")
  Response numbers(
      @PathParam("id") String id, @QueryParam("limit") int limit, @QueryParam("offset") int offset);
}
