package dev.switchboard.flowroute.messaging.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.flowroute.http.FlowrouteJson;
import dev.switchboard.flowroute.http.FlowrouteResponseMapper;
import dev.switchboard.flowroute.http.JsonApiCollection;
import dev.switchboard.flowroute.http.JsonApiDocument;
import dev.switchboard.flowroute.http.Relationship.Identifier;
import io.quarkus.rest.client.reactive.ClientBasicAuth;
import io.quarkus.rest.client.reactive.jackson.ClientObjectMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Flowroute's legacy Messages v2 (SMS only, HTTP Basic, {@code mdr1-} ids; reference §8.1) as a
 * MicroProfile REST Client. Plain JSON both ways, as Flowroute's v2 messaging SDKs send it
 * (flowroute-messaging-python {@code Controllers/APIController.py}: {@code Content-Type:
 * application/json; charset=utf-8}). Request and answers are records; a refusal is thrown by {@link
 * FlowrouteResponseMapper}.
 */
@RegisterRestClient(configKey = "flowroute")
@RegisterProvider(FlowrouteResponseMapper.class)
@ClientBasicAuth(
    username = "${switchboard.flowroute.access-key}",
    password = "${switchboard.flowroute.secret-key}")
@Path("/v2/messages")
@Produces("application/json")
public interface FlowrouteMessagesV2Api {

  /** Flowroute's JSON both ways: requests as {@link FlowrouteJson#write}, answers leniently. */
  @ClientObjectMapper
  static ObjectMapper objectMapper(ObjectMapper quarkusDefault) {
    return FlowrouteJson.clientMapper();
  }

  @POST
  @Consumes("application/json; charset=utf-8")
  /** The accepted message's {@code mdr1-} id is {@code data.id} (§8.1). */
  RestResponse<JsonApiDocument<Identifier>> send(SendMessageV2Request body);

  @GET
  @Path("/{record_id}")
  JsonApiDocument<MessageRecord> get(@PathParam("record_id") String recordId);

  @GET
  JsonApiCollection<MessageRecord> list(
      @QueryParam("start_date") String startDate,
      @QueryParam("end_date") String endDate,
      @QueryParam("limit") int limit,
      @QueryParam("offset") int offset);
}
