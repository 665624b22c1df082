package dev.switchboard.flowroute.numbersv1;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.flowroute.http.FlowrouteJson;
import dev.switchboard.flowroute.http.FlowrouteResponseMapper;
import io.quarkus.rest.client.reactive.jackson.ClientObjectMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Flowroute Numbers v1 (§9.2) as a MicroProfile REST Client: collections end with {@code /} as in
 * the SDKs; a refusal is thrown by {@link FlowrouteResponseMapper}; a null query parameter is left
 * out of the URL (and so of the signature). Request bodies stay JSON text: {@link
 * NumbersV1SigningFilter} signs the entity's text, which must be the bytes sent. Answers come back
 * as the records of {@link NumbersV1Answers}: v1's collections are objects keyed by the item (a
 * number, a route name), {@code {}} or absent when empty (§9.2).
 */
@RegisterRestClient(configKey = "flowroute")
@RegisterProvider(NumbersV1SigningFilter.class)
@RegisterProvider(FlowrouteResponseMapper.class)
@Path("/v1")
@Produces("application/json")
public interface FlowrouteNumbersV1Api {

  /** Flowroute's JSON, answers read leniently; request bodies are text (see above). */
  @ClientObjectMapper
  static ObjectMapper objectMapper(ObjectMapper quarkusDefault) {
    return FlowrouteJson.clientMapper();
  }

  @GET
  @Path("/available-tns/npas/")
  NumbersV1Answers.AreaCodes npas(@QueryParam("limit") int limit, @QueryParam("page") int page);

  @GET
  @Path("/available-tns/npanxxs/")
  NumbersV1Answers.Exchanges npanxxs(
      @QueryParam("npa") String npa, @QueryParam("limit") int limit, @QueryParam("page") int page);

  @GET
  @Path("/available-tns/tns/")
  NumbersV1Answers.NumbersForSale tns(
      @QueryParam("npa") String npa,
      @QueryParam("nxx") String nxx,
      @QueryParam("state") String state,
      @QueryParam("ratecenter") String rateCenter,
      @QueryParam("tn") String tn,
      @QueryParam("limit") int limit,
      @QueryParam("page") int page);

  /** Purchase; body {@code {"billing_method":"METERED"}}. */
  @PUT
  @Path("/tns/{number}")
  @Consumes("application/json")
  RestResponse<Void> purchase(@PathParam("number") String number, String body);

  @GET
  @Path("/tns/")
  NumbersV1Answers.Numbers numbers(@QueryParam("limit") int limit, @QueryParam("page") int page);

  @GET
  @Path("/tns/{number}")
  NumbersV1Answers.NumberDetails number(@PathParam("number") String number);

  /** Sets the number's routes; body {@code {"routes":[{"name":primary},{"name":failover}]}}. */
  @PATCH
  @Path("/tns/{number}")
  @Consumes("application/json")
  RestResponse<Void> setRoutes(@PathParam("number") String number, String body);

  @GET
  @Path("/routes/")
  NumbersV1Answers.Routes routes(@QueryParam("limit") int limit, @QueryParam("page") int page);

  /** Creates (or, the emulator's choice, replaces) a route; body {@code {"type","value"}}. */
  @PUT
  @Path("/routes/{name}")
  @Consumes("application/json")
  RestResponse<Void> putRoute(@PathParam("name") String name, String body);
}
