package dev.switchboard.flowroute.cnam.client;

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
 * Flowroute CNAM v2 (§5) as a MicroProfile REST Client: bodies go out as JSON text and come back as
 * raw responses; a null query parameter is left out of the URL.
 */
@RegisterRestClient(configKey = "flowroute")
@ClientBasicAuth(
    username = "${switchboard.flowroute.access-key}",
    password = "${switchboard.flowroute.secret-key}")
@Path("/v2")
@Produces({FlowrouteJson.JSON_API, "application/json"})
public interface FlowrouteCnamApi {

  @GET
  @Path("/cnams")
  Response cnams(
      @QueryParam("is_approved") Boolean approved,
      @QueryParam("value") String value,
      @QueryParam("limit") int limit,
      @QueryParam("offset") int offset);

  @GET
  @Path("/cnams/{id}")
  Response cnam(@PathParam("id") String id);

  /** The flat {@code {"value": ...}} body of the docs (§5.4), not the PY SDK's form encoding. */
  @POST
  @Path("/cnams")
  @Consumes("application/json")
  Response create(String body);

  /** Unlike create, update takes a JSON:API envelope (§5.5). */
  @PATCH
  @Path("/cnams/{id}")
  @Consumes(FlowrouteJson.JSON_API)
  Response update(@PathParam("id") String id, String envelope);

  @DELETE
  @Path("/cnams/{id}")
  Response delete(@PathParam("id") String id);

  /**
   * No body; 202. The plural {@code cnams} is the documented path (docs and the Node SDK); the
   * other SDKs use a singular {@code cnam} (§13 U4): we send the documented form.
   */
  @PATCH
  @Path("/numbers/{number}/relationships/cnams/{id}")
  Response assign(@PathParam("number") String number, @PathParam("id") String id);

  /** 202; plural path for the same reason as {@link #assign}. */
  @DELETE
  @Path("/numbers/{number}/relationships/cnams")
  Response unassign(@PathParam("number") String number);
}
