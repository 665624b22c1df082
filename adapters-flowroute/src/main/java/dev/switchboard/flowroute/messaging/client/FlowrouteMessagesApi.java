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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Flowroute Messages v2.1 as a MicroProfile REST Client. Request records go out as {@link
 * FlowrouteJson} writes them, answers come back as records, and a refusal is thrown by {@link
 * FlowrouteResponseMapper} with its status and body, so the error mapping stays in our hands.
 */
@RegisterRestClient(configKey = "flowroute")
@RegisterProvider(FlowrouteResponseMapper.class)
@ClientBasicAuth(
    username = "${switchboard.flowroute.access-key}",
    password = "${switchboard.flowroute.secret-key}")
@Path("/v2.1/messages")
@Produces({FlowrouteJson.JSON_API, "application/json"})
public interface FlowrouteMessagesApi {

  /** Flowroute's JSON both ways: requests as {@link FlowrouteJson#write}, answers leniently. */
  @ClientObjectMapper
  static ObjectMapper objectMapper(ObjectMapper quarkusDefault) {
    return FlowrouteJson.clientMapper();
  }

  @POST
  @Consumes(FlowrouteJson.JSON_API)
  /** The accepted message's id is {@code data.id} (§6.1). */
  RestResponse<JsonApiDocument<Identifier>> send(SendMessageRequest envelope);

  @GET
  @Path("/{id}")
  JsonApiDocument<MessageRecord> get(@PathParam("id") String id);

  @GET
  JsonApiCollection<MessageRecord> list(
      @QueryParam("start_date") String startDate,
      @QueryParam("end_date") String endDate,
      @QueryParam("limit") int limit,
      @QueryParam("offset") int offset);

  @PUT
  @Path("/{callback_type}")
  @Consumes(FlowrouteJson.JSON_API)
  RestResponse<Void> setCallback(
      @PathParam("callback_type") String callbackType, CallbackUrlRequest body);
}
