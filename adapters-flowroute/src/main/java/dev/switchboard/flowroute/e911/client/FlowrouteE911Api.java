package dev.switchboard.flowroute.e911.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.flowroute.http.FlowrouteJson;
import dev.switchboard.flowroute.http.FlowrouteResponseMapper;
import dev.switchboard.flowroute.http.JsonApiCollection;
import dev.switchboard.flowroute.http.JsonApiDocument;
import dev.switchboard.flowroute.numbers.client.NumberResource;
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
 * Flowroute E911 v2 (§4) as a MicroProfile REST Client: request records go out and JSON:API
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
public interface FlowrouteE911Api {

  /** Flowroute's JSON both ways: requests as {@link FlowrouteJson#write}, answers leniently. */
  @ClientObjectMapper
  static ObjectMapper objectMapper(ObjectMapper quarkusDefault) {
    return FlowrouteJson.clientMapper();
  }

  @GET
  @Path("/e911s")
  JsonApiCollection<E911Resource> e911s(
      @QueryParam("label") String label,
      @QueryParam("street_name") String streetName,
      @QueryParam("city") String city,
      @QueryParam("state") String state,
      @QueryParam("limit") int limit,
      @QueryParam("offset") int offset);

  @GET
  @Path("/e911s/{id}")
  JsonApiDocument<E911Resource> e911(@PathParam("id") String id);

  /** 204 when Flowroute can geocode the address; nothing is created. */
  @POST
  @Path("/e911s/validate")
  @Consumes(FlowrouteJson.JSON_API)
  RestResponse<Void> validate(E911Request envelope);

  @POST
  @Path("/e911s")
  @Consumes(FlowrouteJson.JSON_API)
  JsonApiDocument<E911Resource> create(E911Request envelope);

  /**
   * The body is a tree, not a record: it holds only the attributes that change, and explicit nulls
   * to remove a unit ({@link E911Request#forUpdate}). 200 with the address, or 204 (null).
   */
  @PATCH
  @Path("/e911s/{id}")
  @Consumes(FlowrouteJson.JSON_API)
  JsonApiDocument<E911Resource> update(@PathParam("id") String id, JsonNode envelope);

  @DELETE
  @Path("/e911s/{id}")
  RestResponse<Void> delete(@PathParam("id") String id);

  /** No body; 204. */
  @PATCH
  @Path("/numbers/{number}/relationships/e911s/{id}")
  RestResponse<Void> assign(@PathParam("number") String number, @PathParam("id") String id);

  @DELETE
  @Path("/numbers/{number}/relationships/e911s")
  RestResponse<Void> unassign(@PathParam("number") String number);

  @GET
  @Path("/e911s/{id}/relationships/numbers")
  JsonApiCollection<NumberResource> numbers(
      @PathParam("id") String id, @QueryParam("limit") int limit, @QueryParam("offset") int offset);
}
