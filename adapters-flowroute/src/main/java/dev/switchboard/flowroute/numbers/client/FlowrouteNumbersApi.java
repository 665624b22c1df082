package dev.switchboard.flowroute.numbers.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.flowroute.http.FlowrouteJson;
import dev.switchboard.flowroute.http.FlowrouteResponseMapper;
import dev.switchboard.flowroute.http.JsonApiCollection;
import dev.switchboard.flowroute.http.JsonApiDocument;
import dev.switchboard.flowroute.http.Relationship.Identifier;
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
 * Flowroute Numbers v2 (the catalogue and our numbers) as a MicroProfile REST Client: request
 * records go out and JSON:API documents come back as records; a refusal is thrown by {@link
 * FlowrouteResponseMapper}; a null query parameter is left out of the URL.
 */
@RegisterRestClient(configKey = "flowroute")
@RegisterProvider(FlowrouteResponseMapper.class)
@ClientBasicAuth(
    username = "${switchboard.flowroute.access-key}",
    password = "${switchboard.flowroute.secret-key}")
@Path("/v2")
@Produces({FlowrouteJson.JSON_API, "application/json"})
public interface FlowrouteNumbersApi {

  /** Flowroute's JSON both ways: requests as {@link FlowrouteJson#write}, answers leniently. */
  @ClientObjectMapper
  static ObjectMapper objectMapper(ObjectMapper quarkusDefault) {
    return FlowrouteJson.clientMapper();
  }

  @GET
  @Path("/numbers/available")
  JsonApiCollection<NumberResource> searchAvailable(
      @QueryParam("starts_with") String startsWith,
      @QueryParam("contains") String contains,
      @QueryParam("ends_with") String endsWith,
      @QueryParam("state") String state,
      @QueryParam("rate_center") String rateCenter,
      @QueryParam("number_type") String numberType,
      @QueryParam("order_by") String orderBy,
      @QueryParam("limit") int limit,
      @QueryParam("offset") int offset);

  @GET
  @Path("/numbers/available/areacodes")
  JsonApiCollection<Identifier> areaCodes(
      @QueryParam("max_setup_cost") String maxSetupCost,
      @QueryParam("limit") int limit,
      @QueryParam("offset") int offset);

  @GET
  @Path("/numbers/available/exchanges")
  JsonApiCollection<Identifier> exchanges(
      @QueryParam("areacode") String areaCode,
      @QueryParam("max_setup_cost") String maxSetupCost,
      @QueryParam("limit") int limit,
      @QueryParam("offset") int offset);

  /**
   * Purchase; the flags go in the query string, where clients are known to succeed (§2.3). The
   * status tells a 207 (bought, messaging not enabled) from a 201.
   */
  @POST
  @Path("/numbers/{number}")
  RestResponse<JsonApiDocument<NumberResource>> purchase(
      @PathParam("number") String number,
      @QueryParam("cnam_lookups_enabled") boolean cnamLookupsEnabled,
      @QueryParam("messaging_enabled") boolean messagingEnabled);

  @GET
  @Path("/numbers/{number}")
  JsonApiDocument<NumberResource> number(@PathParam("number") String number);

  /** The status tells a 207 (updated, messaging not enabled) from a 200. */
  @PATCH
  @Path("/numbers/{number}")
  @Consumes("application/json")
  RestResponse<JsonApiDocument<NumberResource>> updateNumber(
      @PathParam("number") String number, UpdateNumberRequest body);

  @DELETE
  @Path("/numbers/{number}")
  RestResponse<Void> release(@PathParam("number") String number);

  @GET
  @Path("/numbers")
  JsonApiCollection<NumberResource> numbers(
      @QueryParam("limit") int limit, @QueryParam("offset") int offset);

  /** The envelope's media type, as the PHP SDK and Python's DLR setter send it (§2.9). */
  @POST
  @Path("/numbers/{number}/relationships/{callback_type}")
  @Consumes(FlowrouteJson.JSON_API)
  RestResponse<Void> setCallback(
      @PathParam("number") String number,
      @PathParam("callback_type") String callbackType,
      NumberCallbackRequest body);
}
