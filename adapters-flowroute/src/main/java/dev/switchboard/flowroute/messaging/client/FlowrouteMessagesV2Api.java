package dev.switchboard.flowroute.messaging.client;

import io.quarkus.rest.client.reactive.ClientBasicAuth;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Flowroute's legacy Messages v2 (SMS only, HTTP Basic, {@code mdr1-} ids; reference §8.1) as a
 * MicroProfile REST Client. Plain JSON both ways, as Flowroute's v2 messaging SDKs send it
 * (flowroute-messaging-python {@code Controllers/APIController.py}: {@code Content-Type:
 * application/json; charset=utf-8}).
 */
@RegisterRestClient(configKey = "flowroute")
@ClientBasicAuth(
    username = "${switchboard.flowroute.access-key}",
    password = "${switchboard.flowroute.secret-key}")
@Path("/v2/messages")
@Produces("application/json")
public interface FlowrouteMessagesV2Api {

  @POST
  @Consumes("application/json; charset=utf-8")
  Response send(String body);

  @GET
  @Path("/{record_id}")
  Response get(@PathParam("record_id") String recordId);

  @GET
  Response list(
      @QueryParam("start_date") String startDate,
      @QueryParam("end_date") String endDate,
      @QueryParam("limit") int limit,
      @QueryParam("offset") int offset);
}
