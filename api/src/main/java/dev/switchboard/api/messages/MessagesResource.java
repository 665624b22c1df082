package dev.switchboard.api.messages;

import dev.switchboard.api.batching.SharedSends;
import dev.switchboard.api.dispatch.DispatcherRunner;
import dev.switchboard.api.web.Params;
import dev.switchboard.domain.messaging.Direction;
import dev.switchboard.domain.messaging.Message;
import dev.switchboard.domain.messaging.MessageId;
import dev.switchboard.domain.messaging.MessageQuery;
import dev.switchboard.domain.messaging.MessageStatus;
import dev.switchboard.domain.messaging.usecase.GetMessage;
import dev.switchboard.domain.messaging.usecase.ListMessages;
import dev.switchboard.domain.messaging.usecase.SendMessage;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.Futures;
import dev.switchboard.domain.shared.Page;
import dev.switchboard.domain.shared.ProblemType;
import dev.switchboard.domain.shared.ValidationException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /v1/messages}: send SMS, follow their status, and search the record of messages. */
@Path("/v1/messages")
@Produces(MediaType.APPLICATION_JSON)
public class MessagesResource {

  private static final int DEFAULT_LIMIT = 50;

  private final SharedSends sends;
  private final GetMessage getMessage;
  private final ListMessages listMessages;
  private final DispatcherRunner dispatcher;

  MessagesResource(
      SharedSends sends,
      GetMessage getMessage,
      ListMessages listMessages,
      DispatcherRunner dispatcher) {
    this.sends = sends;
    this.getMessage = getMessage;
    this.listMessages = listMessages;
    this.dispatcher = dispatcher;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed("messages:send")
  @Operation(
      summary = "Send an SMS or MMS",
      description =
          "Validates and queues the message, then answers 202 with it. With mediaUrls (up to 10"
              + " absolute http(s) URLs that Flowroute fetches) it is an MMS and the body is"
              + " optional. The same Idempotency-Key and body return the same message, another"
              + " body with that key is a 409. Keys belong to the caller (the token's subject) and"
              + " expire after switchboard.messages.idempotency-key-ttl (24 h).")
  public CompletionStage<Response> send(
      SendMessageRequest request,
      @HeaderParam("Idempotency-Key") String idempotencyKey,
      UriInfo uri,
      SecurityContext security) {
    if (request == null) {
      throw new ValidationException(
          ProblemType.MISSING_BODY, "send a JSON body with from, to and body (or mediaUrls)");
    }
    UriBuilder messages = uri.getBaseUriBuilder().path("v1/messages");
    return Futures.then(
        sends.sendLater(
            new SendMessage.Command(
                request.from(),
                request.to(),
                request.body(),
                request.mediaUrls(),
                idempotencyKey,
                Params.caller(security))),
        result -> {
          if (!result.replayed()) {
            dispatcher.wake();
          }
          Message message = result.message();
          return Response.accepted(MessageView.of(message))
              .location(messages.path(message.id().toString()).build())
              .header("Idempotent-Replayed", result.replayed())
              .build();
        });
  }

  @GET
  @Path("/{id}")
  @RolesAllowed("messages:read")
  @Operation(summary = "One message with its current status")
  public MessageView get(@PathParam("id") String id) {
    return MessageView.of(getMessage.get(MessageId.parse(id)));
  }

  @GET
  @RolesAllowed("messages:read")
  @Operation(
      summary = "Search messages, newest first",
      description =
          "Filters: number (from or to), peer (with number: the conversation of the two),"
              + " direction, status, since/until (ISO-8601 instants); cursor paging.")
  public MessagePage list(
      @QueryParam("number") String number,
      @QueryParam("peer") String peer,
      @QueryParam("direction") String direction,
      @QueryParam("status") String status,
      @QueryParam("since") String since,
      @QueryParam("until") String until,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") String limit) {
    MessageQuery query =
        new MessageQuery(
            Params.optional(number, E164Number::parse),
            Params.optional(peer, E164Number::parse),
            Params.optional(direction, v -> Params.enumOf(Direction.class, "direction", v)),
            Params.optional(status, v -> Params.enumOf(MessageStatus.class, "status", v)),
            Params.optional(since, v -> Params.instant("since", v)),
            Params.optional(until, v -> Params.instant("until", v)),
            Params.optional(cursor, Cursors::parse),
            Params.integer("limit", limit, DEFAULT_LIMIT));
    Page<Message> page = listMessages.list(query);
    String next = page.lastIfMore().map(m -> Cursors.after(m.id())).orElse(null);
    return new MessagePage(page.items().stream().map(MessageView::of).toList(), next);
  }
}
