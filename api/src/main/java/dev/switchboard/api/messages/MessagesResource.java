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
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import org.eclipse.microprofile.jwt.JsonWebToken;
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
                caller(security))),
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
            optional(number, E164Number::parse),
            optional(peer, E164Number::parse),
            optional(direction, v -> enumOf(Direction.class, "direction", v)),
            optional(status, v -> enumOf(MessageStatus.class, "status", v)),
            optional(since, v -> instant("since", v)),
            optional(until, v -> instant("until", v)),
            optional(cursor, Cursors::parse),
            Params.integer("limit", limit, DEFAULT_LIMIT),
            Params.bool("foreign", foreign));
    Page<Message> page = listMessages.list(query);
    String next = page.lastIfMore().map(m -> Cursors.after(m.id())).orElse(null);
    return new MessagePage(page.items().stream().map(MessageView::of).toList(), next);
  }

  /** The token's subject: idempotency keys are scoped to it. */
  private static String caller(SecurityContext security) {
    return security.getUserPrincipal() instanceof JsonWebToken token
        ? token.getSubject()
        : security.getUserPrincipal() == null ? null : security.getUserPrincipal().getName();
  }

  private static <T> Optional<T> optional(String raw, Function<String, T> parse) {
    return raw == null || raw.isBlank() ? Optional.empty() : Optional.of(parse.apply(raw));
  }

  private static <E extends Enum<E>> E enumOf(Class<E> type, String name, String raw) {
    try {
      return Enum.valueOf(type, raw.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ValidationException(
          ProblemType.INVALID_QUERY_PARAMETER, "'" + raw + "' is not a valid " + name);
    }
  }

  private static Instant instant(String name, String raw) {
    try {
      return Instant.parse(raw);
    } catch (DateTimeParseException e) {
      throw new ValidationException(
          ProblemType.INVALID_QUERY_PARAMETER,
          name + " must be an ISO-8601 instant such as 2026-01-31T12:00:00Z");
    }
  }
}
