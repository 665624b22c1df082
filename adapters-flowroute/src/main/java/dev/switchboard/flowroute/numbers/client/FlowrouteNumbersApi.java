package dev.switchboard.flowroute.numbers.client;

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
 * Flowroute Numbers v2 (the catalogue and our numbers) as a MicroProfile REST Client: bodies go out
 * as JSON text and come back as raw responses; a null query parameter is left out of the URL.
 */
@RegisterRestClient(configKey = "flowroute")
@ClientBasicAuth(
    username = "${switchboard.flowroute.access-key}",
    password = "${switchboard.flowroute.secret-key}")
@Path("/v2")
@Produces({FlowrouteJson.JSON_API, "application/json"})
public interface FlowrouteNumbersApi {

  @GET
  @Path("/numbers/available")
  Response searchAvailable(
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
  Response areaCodes(
      @QueryParam("max_setup_cost") String maxSetupCost,
      @QueryParam("limit") int limit,
      @QueryParam("offset") int offset);

  @GET
  @Path("/numbers/available/exchanges")
  Response exchanges(
      @QueryParam("areacode") String areaCode,
      @QueryParam("max_setup_cost") String maxSetupCost,
      @QueryParam("limit") int limit,
      @QueryParam("offset") int offset);

  /** Purchase; the flags go in the query string, where clients are known to succeed (§2.3). */
  @POST
  @Path("/numbers/{number}")
  Response purchase(
      @PathParam("number") String number,
      @QueryParam("cnam_lookups_enabled") boolean cnamLookupsEnabled,
      @QueryParam("messaging_enabled") boolean messagingEnabled);

  @GET
  @Path("/numbers/{number}")
  Response number(@PathParam("number") String number);

  @PATCH
  @Path("/numbers/{number}")
  @Consumes("application/json")
  Response updateNumber(@PathParam("number") String number, String body);

  @DELETE
  @Path("/numbers/{number}")
  Response release(@PathParam("number") String number);

  @GET
  @Path("/numbers")
  Response numbers(@QueryParam("limit") int limit, @QueryParam("offset") int offset);

  /** The envelope's media type, as the PHP SDK and Python's DLR setter send it (§2.9). */
  @POST
  @Path("/numbers/{number}/relationships/{callback_type}")
  @Consumes(FlowrouteJson.JSON_API)
  Response setCallback(
      @PathParam("number") String number,
      @PathParam("callback_type") String callbackType,
      String body);
}
