package dev.switchboard.flowroute.cnam.client;

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
 * Flowroute CNAM v2 (§5) as a MicroProfile REST Client: request records go out and JSON:API
 * documents come back as records; a refusal is thrown by {@link FlowrouteResponseMapper}; a null
 * query parameter is left out of the URL.
 */
@RegisterRestClient(configKey = "flowroute")
@RegisterProvider(FlowrouteResponseMapper.class)
@ClientBasicAuth(
    username = "${switchboard.flowroute.access-key}",
    password = "${switchboard.flowroute.secret-key}")
@Path("/v2")
@Produces({FlowrouteJson.JSON_API, "application/json"})
public interface FlowrouteCnamApi {

  /** Flowroute's JSON both ways: requests as {@link FlowrouteJson#write}, answers leniently. */
  @ClientObjectMapper
  static ObjectMapper objectMapper(ObjectMapper quarkusDefault) {
    return FlowrouteJson.clientMapper();
  }

  @GET
  @Path("/cnams")
  JsonApiCollection<CnamResource> cnams(
      @QueryParam("is_approved") Boolean approved,
      @QueryParam("value") String value,
      @QueryParam("limit") int limit,
      @QueryParam("offset") int offset);

  @GET
  @Path("/cnams/{id}")
  JsonApiDocument<CnamResource> cnam(@PathParam("id") String id);

  /** The flat {@code {"value": ...}} body of the docs (§5.4), not the PY SDK's form encoding. */
  @POST
  @Path("/cnams")
  @Consumes("application/json")
  JsonApiDocument<CnamResource> create(CnamCreateRequest body);

  /** Unlike create, update takes a JSON:API envelope (§5.5); 200 with the record, or 204 (null). */
  @PATCH
  @Path("/cnams/{id}")
  @Consumes(FlowrouteJson.JSON_API)
  JsonApiDocument<CnamResource> update(@PathParam("id") String id, CnamUpdateRequest envelope);

  @DELETE
  @Path("/cnams/{id}")
  RestResponse<Void> delete(@PathParam("id") String id);

  /**
   * No body; 202. The plural {@code cnams} is the documented path (docs and the Node SDK); the
   * other SDKs use a singular {@code cnam} (§13 U4): we send the documented form. The answer stays
   * text: it is only logged, and an odd body must not fail a change Flowroute accepted.
   */
  @PATCH
  @Path("/numbers/{number}/relationships/cnams/{id}")
  RestResponse<String> assign(@PathParam("number") String number, @PathParam("id") String id);

  /** 202; plural path and text answer for the same reasons as {@link #assign}. */
  @DELETE
  @Path("/numbers/{number}/relationships/cnams")
  RestResponse<String> unassign(@PathParam("number") String number);
}
