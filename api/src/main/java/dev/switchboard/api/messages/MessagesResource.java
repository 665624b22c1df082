package dev.switchboard.api.messages;

import dev.switchboard.api.batching.SharedSends;
import dev.switchboard.api.dispatch.DispatcherRunner;
import dev.switchboard.api.openapi.ApiDoc;
import dev.switchboard.api.web.PageQuery;
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
import jakarta.ws.rs.BeanParam;
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
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /v1/messages}: send SMS, follow their status, and search the record of messages. */
@Path("/v1/messages")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Messages", description = "Send SMS and MMS, follow their status, search the record")
public class MessagesResource {

  /** The header of a keyed send. */
  static final String IDEMPOTENCY_KEY_DESCRIPTION =
      "1 to 255 visible ASCII characters: the same key and body return the same message";

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
      operationId = "sendMessage",
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
  @APIResponse(
      responseCode = "202",
      description = "Queued (or, for a replayed key, the message it queued then)",
      headers = {
        @Header(
            name = "Location",
            description = "The message's URL",
            schema = @Schema(type = SchemaType.STRING, format = "uri")),
        @Header(
            name = "Idempotent-Replayed",
            description = "true when an earlier request with this Idempotency-Key made it",
            schema = @Schema(type = SchemaType.BOOLEAN))
      },
      content = @Content(schema = @Schema(implementation = MessageView.class)))
  public CompletionStage<Response> send(
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(implementation = SendMessageRequest.class),
                      examples = {
                        @ExampleObject(
                            name = "sms",
                            summary = "A text",
                            value =
                                "{\"from\": \"+12065550100\", \"to\": \"+12065550199\","
                                    + " \"body\": \"Your table is ready\"}"),
                        @ExampleObject(
                            name = "scheduled-mms",
                            summary = "A picture, sent later, dropped if not sent in time",
                            value =
                                "{\"from\": \"+12065550100\", \"to\": \"+12065550199\","
                                    + " \"body\": \"Tonight's menu\", \"mediaUrls\":"
                                    + " [\"https://example.com/menu.png\"], \"sendAt\":"
                                    + " \"2026-01-31T17:00:00Z\", \"expiresAt\":"
                                    + " \"2026-01-31T19:00:00Z\"}")
                      }))
          SendMessageRequest request,
      @Parameter(
              description = IDEMPOTENCY_KEY_DESCRIPTION,
              schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 255))
          @HeaderParam("Idempotency-Key")
          String idempotencyKey,
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
      operationId = "sendMessageBatch",
      summary = "Send up to 1,000 messages in one request",
      description =
          "Each message is validated and queued as POST /v1/messages would, and the answer (200)"
              + " has one result per message in order: status 202 with the message, or its"
              + " problem (status and type). Valid messages are stored together in as few"
              + " transactions as the group commit's batch size allows. One Idempotency-Key names"
              + " the whole batch: a replay answers every accepted message again (replayed: true)."
              + " An empty batch or more than 1,000 messages is a 422 invalid-batch problem.")
  @APIResponse(
      responseCode = "200",
      description = "One result per message, in order",
      content = @Content(schema = @Schema(implementation = BatchView.class)))
  public CompletionStage<BatchView> sendBatch(
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(implementation = SendBatchRequest.class),
                      examples =
                          @ExampleObject(
                              name = "two-texts",
                              value =
                                  "{\"messages\": [{\"from\": \"+12065550100\", \"to\":"
                                      + " \"+12065550199\", \"body\": \"Doors open at 7\"},"
                                      + " {\"from\": \"+12065550100\", \"to\":"
                                      + " \"+12065550198\", \"body\": \"Doors open at 7\"}]}")))
          SendBatchRequest request,
      @Parameter(
              description = IDEMPOTENCY_KEY_DESCRIPTION + " (the whole batch's)",
              schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 255))
          @HeaderParam("Idempotency-Key")
          String idempotencyKey,
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
      operationId = "cancelMessage",
      summary = "Cancel a message not yet handed to Flowroute",
      description =
          "A queued message (scheduled, waiting for a retry, or claimed by a dispatcher that has"
              + " not begun its send) ends CANCELED, with its status-changed event. A message"
              + " handed to Flowroute, or that may have been (an attempt whose outcome is not"
              + " known yet), or that has ended, is a 409 message-not-cancelable problem.")
  public MessageView cancel(
      @Parameter(
              description = "The message's id",
              schema = @Schema(type = SchemaType.STRING, format = "uuid"))
          @PathParam("id")
          String id) {
    return MessageView.of(cancelMessage.cancel(MessageId.parse(id)));
  }

  @GET
  @Path("/{id}")
  @RolesAllowed("messages:read")
  @Operation(operationId = "getMessage", summary = "One message with its current status")
  public MessageView get(
      @Parameter(
              description = "The message's id",
              schema = @Schema(type = SchemaType.STRING, format = "uuid"))
          @PathParam("id")
          String id) {
    return MessageView.of(getMessage.get(MessageId.parse(id)));
  }

  @GET
  @RolesAllowed("messages:read")
  @Operation(
      operationId = "listMessages",
      summary = "Search messages, newest first",
      description =
          "Filters: number (from or to), peer (with number: the conversation of the two),"
              + " direction, status, since/until (ISO-8601 instants), foreign (true: only texts"
              + " someone else sent on the Flowroute account; false: only ours); cursor paging.")
  public MessagePage list(
      @Parameter(
              description = "Our number, as sender or recipient",
              schema = @Schema(ref = ApiDoc.PHONE_NUMBER))
          @QueryParam("number")
          String number,
      @Parameter(
              description = "With number: the other party of the conversation",
              schema = @Schema(ref = ApiDoc.PHONE_NUMBER))
          @QueryParam("peer")
          String peer,
      @Parameter(schema = @Schema(implementation = Direction.class)) @QueryParam("direction")
          String direction,
      @Parameter(schema = @Schema(implementation = MessageStatus.class)) @QueryParam("status")
          String status,
      @Parameter(
              description = "Created at or after (" + ApiDoc.INSTANT_DESCRIPTION + ")",
              schema = @Schema(type = SchemaType.STRING, format = "date-time"))
          @QueryParam("since")
          String since,
      @Parameter(
              description = "Created before (" + ApiDoc.INSTANT_DESCRIPTION + ")",
              schema = @Schema(type = SchemaType.STRING, format = "date-time"))
          @QueryParam("until")
          String until,
      @BeanParam PageQuery paging,
      @Parameter(
              description = "true: only texts someone else sent on the account; false: only ours",
              schema = @Schema(type = SchemaType.BOOLEAN))
          @QueryParam("foreign")
          String foreign) {
    Optional<E164Number> ours = Params.optional(number, E164Number::parse);
    Optional<E164Number> other = Params.optional(peer, E164Number::parse);
    // The console may search by a peer alone in a bounded window; this API keeps conversations.
    if (other.isPresent() && ours.isEmpty()) {
      throw new ValidationException(
          ProblemType.INVALID_FILTER, "peer needs number (a conversation)");
    }
    MessageQuery query =
        new MessageQuery(
            ours,
            other,
            Params.optional(direction, v -> Params.enumOf(Direction.class, "direction", v)),
            Params.optional(status, v -> Params.enumOf(MessageStatus.class, "status", v)),
            Params.optional(since, v -> Params.instant("since", v)),
            Params.optional(until, v -> Params.instant("until", v)),
            paging.cursor(Cursors::parse),
            paging.limit(),
            Params.bool("foreign", foreign),
            // No text: searching by text is the console's, not this API's.
            Optional.empty());
    Page<Message> page = listMessages.list(query);
    String next = page.lastIfMore().map(m -> Cursors.after(m.id())).orElse(null);
    return new MessagePage(page.items().stream().map(MessageView::of).toList(), next);
  }
}
