package dev.switchboard.flowroute.messaging.client;

import dev.switchboard.flowroute.http.FlowrouteJson;
import io.quarkus.rest.client.reactive.ClientBasicAuth;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Flowroute Messages v2.1 as a MicroProfile REST Client. Bodies go out as JSON text serialised by
 * {@link FlowrouteJson} and come back as raw responses, so that the wire format and the error
 * mapping stay in our hands.
 */
@RegisterRestClient(configKey = "flowroute")
@ClientBasicAuth(
    username = "${switchboard.flowroute.access-key}",
    password = "${switchboard.flowroute.secret-key}")
@Path("/v2.1/messages")
@Produces({FlowrouteJson.JSON_API, "application/json"})
public interface FlowrouteMessagesApi {

  @POST
  @Consumes(FlowrouteJson.JSON_API)
  Response send(String envelope);

  @GET
  @Path("/{id}")
  Response get(@PathParam("id") String id);

  @GET
  Response list(
      @QueryParam("start_date") String startDate,
      @QueryParam("end_date") String endDate,
      @QueryParam("limit") int limit,
      @QueryParam("offset") int offset);

  @PUT
  @Path("/{callback_type}")
  @Consumes(FlowrouteJson.JSON_API)
  Response setCallback(@PathParam("callback_type") String callbackType, String body);
}
