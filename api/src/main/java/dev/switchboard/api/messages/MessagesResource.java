package dev.switchboard.api.messages;

import dev.switchboard.api.batching.SharedSends;
import dev.switchboard.api.dispatch.DispatcherRunner;
import dev.switchboard.api.web.Params;
import dev.switchboard.domain.messaging.Direction;
import dev.switchboard.domain.messaging.Message;
import dev.switchboard.domain.messaging.MessageId;
import dev.switchboard.domain.messaging.MessageQuery;
import dev.switchboard.domain.messaging.MessageStatus;
import dev.switchboard.domain.messaging.usecase.CancelMessage;
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
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /v1/messages}: send SMS, follow their status, and search the record of messages. */
@Path("/v1/messages")
@Produces(MediaType.APPLICATION_JSON)
public class MessagesResource {

  private static final int DEFAULT_LIMIT = 50;

  private final SharedSends sends;
  private final GetMessage getMessage;
  private final CancelMessage cancelMessage;
  private final ListMessages listMessages;
  private final DispatcherRunner dispatcher;

  MessagesResource(
      SharedSends sends,
      GetMessage getMessage,
      CancelMessage cancelMessage,
      ListMessages listMessages,
      DispatcherRunner dispatcher) {
    this.sends = sends;
    this.getMessage = getMessage;
    this.cancelMessage = cancelMessage;
    this.listMessages = listMessages;
    this.dispatcher = dispatcher;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed("messages:send")
  @Operation(
      summary = "Send an SMS or MMS",
      description =
          "Validates and queues the message, then answers 202 with it (with its encoding,"
              + " GSM_7 or UCS_2, and its SMS segments). from must be one of our numbers"
              + " (sender-not-ours) without messaging known to be off (sender-messaging-disabled);"
              + " a text may have 1600 GSM-7 septets or 700 UCS-2 units (body-too-long). sendAt"
              + " (optional) holds it back until then (at most 35 days ahead); expiresAt"
              + " (optional, after sendAt) ends it EXPIRED unsent if it could not be handed to"
              + " Flowroute by then. With mediaUrls (up to 10 absolute http(s) URLs that Flowroute"
              + " fetches) it is an MMS and the body is optional; each URL is checked first"
              + " (media-unreachable, media-content-type-not-accepted, media-too-large over 750 kB"
              + " in all, media-url-forbidden for private addresses); a deployment on Flowroute"
              + " Messages v2 (switchboard.flowroute.messaging-api=v2) sends SMS only and refuses"
              + " mediaUrls with a 422 mms-not-available. The same Idempotency-Key and"
              + " body return the same message, another"
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
        sends.sendLater(request.command(idempotencyKey, Params.caller(security))),
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

  @POST
  @Path("/batch")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed("messages:send")
  @Operation(
      summary = "Send up to 1,000 messages in one request",
      description =
          "Each message is validated and queued as POST /v1/messages would, and the answer (200)"
              + " has one result per message in order: status 202 with the message, or its"
              + " problem (status and type). Valid messages are stored together in as few"
              + " transactions as the group commit's batch size allows. One Idempotency-Key names"
              + " the whole batch: a replay answers every accepted message again (replayed: true)."
              + " An empty batch or more than 1,000 messages is a 422 invalid-batch problem.")
  public CompletionStage<BatchView> sendBatch(
      SendBatchRequest request,
      @HeaderParam("Idempotency-Key") String idempotencyKey,
      SecurityContext security) {
    if (request == null || request.messages() == null) {
      throw new ValidationException(
          ProblemType.INVALID_BATCH, "send a JSON body with messages: 1 to 1,000 messages");
    }
    String caller = Params.caller(security);
    List<SendMessage.Command> commands =
        request.messages().stream()
            .map(m -> m == null ? null : m.command(idempotencyKey, caller))
            .toList();
    return Futures.then(
        sends.sendBatch(commands, idempotencyKey, caller),
        outcomes -> {
          if (outcomes.stream().anyMatch(o -> o.result() != null && !o.result().replayed())) {
            dispatcher.wake();
          }
          return BatchView.of(outcomes);
        });
  }

  @POST
  @Path("/{id}/cancel")
  @RolesAllowed("messages:send")
  @Operation(
      summary = "Cancel a message not yet handed to Flowroute",
      description =
          "A queued message (scheduled, waiting for a retry, or claimed by a dispatcher that has"
              + " not begun its send) ends CANCELED, with its status-changed event. A message"
              + " handed to Flowroute, or that may have been (an attempt whose outcome is not"
              + " known yet), or that has ended, is a 409 message-not-cancelable problem.")
  public MessageView cancel(@PathParam("id") String id) {
    return MessageView.of(cancelMessage.cancel(MessageId.parse(id)));
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
              + " direction, status, since/until (ISO-8601 instants), foreign (true: only texts"
              + " someone else sent on the Flowroute account; false: only ours); cursor paging.")
  public MessagePage list(
      @QueryParam("number") String number,
      @QueryParam("peer") String peer,
      @QueryParam("direction") String direction,
      @QueryParam("status") String status,
      @QueryParam("since") String since,
      @QueryParam("until") String until,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") String limit,
      @QueryParam("foreign") String foreign) {
    MessageQuery query =
        new MessageQuery(
            Params.optional(number, E164Number::parse),
            Params.optional(peer, E164Number::parse),
            Params.optional(direction, v -> Params.enumOf(Direction.class, "direction", v)),
            Params.optional(status, v -> Params.enumOf(MessageStatus.class, "status", v)),
            Params.optional(since, v -> Params.instant("since", v)),
            Params.optional(until, v -> Params.instant("until", v)),
            Params.optional(cursor, Cursors::parse),
            Params.integer("limit", limit, DEFAULT_LIMIT),
            Params.bool("foreign", foreign));
    Page<Message> page = listMessages.list(query);
    String next = page.lastIfMore().map(m -> Cursors.after(m.id())).orElse(null);
    return new MessagePage(page.items().stream().map(MessageView::of).toList(), next);
  }
}
