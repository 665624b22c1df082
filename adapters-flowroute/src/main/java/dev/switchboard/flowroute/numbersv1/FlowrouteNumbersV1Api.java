package dev.switchboard.flowroute.numbersv1;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Flowroute Numbers v1 (§9.2) as a MicroProfile REST Client: collections end with {@code /} as in
 * the SDKs, bodies go out as JSON text and come back as raw responses; a null query parameter is
 * left out of the URL (and so of the signature).
 */
@RegisterRestClient(configKey = "flowroute")
@RegisterProvider(NumbersV1SigningFilter.class)
@Path("/v1")
@Produces("application/json")
public interface FlowrouteNumbersV1Api {

  @GET
  @Path("/available-tns/npas/")
  Response npas(@QueryParam("limit") int limit, @QueryParam("page") int page);

  @GET
  @Path("/available-tns/npanxxs/")
  Response npanxxs(
      @QueryParam("npa") String npa, @QueryParam("limit") int limit, @QueryParam("page") int page);

  @GET
  @Path("/available-tns/tns/")
  Response tns(
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
  Response purchase(@PathParam("number") String number, String body);

  @GET
  @Path("/tns/")
  Response numbers(@QueryParam("limit") int limit, @QueryParam("page") int page);

  @GET
  @Path("/tns/{number}")
  Response number(@PathParam("number") String number);

  /** Sets the number's routes; body {@code {"routes":[{"name":primary},{"name":failover}]}}. */
  @PATCH
  @Path("/tns/{number}")
  @Consumes("application/json")
  Response setRoutes(@PathParam("number") String number, String body);

  @GET
  @Path("/routes/")
  Response routes(@QueryParam("limit") int limit, @QueryParam("page") int page);

  /** Creates (or, the emulator's choice, replaces) a route; body {@code {"type","value"}}. */
  @PUT
  @Path("/routes/{name}")
  @Consumes("application/json")
  Response putRoute(@PathParam("name") String name, String body);
}
