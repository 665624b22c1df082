package dev.switchboard.api.console;

import dev.switchboard.api.batching.SharedSends;
import dev.switchboard.api.dispatch.DispatcherRunner;
import dev.switchboard.api.media.MessageMediaResource;
import dev.switchboard.api.messages.Cursors;
import dev.switchboard.api.messages.MessageView;
import dev.switchboard.api.web.Params;
import dev.switchboard.domain.messaging.Direction;
import dev.switchboard.domain.messaging.Message;
import dev.switchboard.domain.messaging.MessageId;
import dev.switchboard.domain.messaging.MessageQuery;
import dev.switchboard.domain.messaging.MessageStatus;
import dev.switchboard.domain.messaging.usecase.CancelMessage;
import dev.switchboard.domain.messaging.usecase.GetMessageHistory;
import dev.switchboard.domain.messaging.usecase.ListMessages;
import dev.switchboard.domain.messaging.usecase.ReadArchivedMedia;
import dev.switchboard.domain.messaging.usecase.SendMessage;
import dev.switchboard.domain.shared.DomainException;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.Page;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The console's message pages: search, a conversation, a message's detail and cancel, and the send
 * form. A driving adapter beside {@code /v1/messages}: it calls the same use cases.
 */
@Path("/console")
@Produces(MediaType.TEXT_HTML)
public class ConsoleMessages {

  private static final int PAGE_SIZE = 50;

  private final ListMessages listMessages;
  private final GetMessageHistory getHistory;
  private final ReadArchivedMedia readMedia;
  private final CancelMessage cancelMessage;
  private final SharedSends sends;
  private final DispatcherRunner dispatcher;
  private final Operator operator;
  private final Template messages;
  private final Template conversation;
  private final Template message;
  private final Template send;

  ConsoleMessages(
      ListMessages listMessages,
      GetMessageHistory getHistory,
      ReadArchivedMedia readMedia,
      CancelMessage cancelMessage,
      SharedSends sends,
      DispatcherRunner dispatcher,
      Operator operator,
      @Location("console/messages.html") Template messages,
      @Location("console/conversation.html") Template conversation,
      @Location("console/message.html") Template message,
      @Location("console/send.html") Template send) {
    this.listMessages = listMessages;
    this.getHistory = getHistory;
    this.readMedia = readMedia;
    this.cancelMessage = cancelMessage;
    this.sends = sends;
    this.dispatcher = dispatcher;
    this.operator = operator;
    this.messages = messages;
    this.conversation = conversation;
    this.message = message;
    this.send = send;
  }

  @GET
  @Operation(hidden = true)
  @RolesAllowed("messages:read")
  public Response home() {
    return Response.seeOther(UriBuilder.fromPath("/console/messages").build()).build();
  }

  @GET
  @Path("/messages")
  @Operation(hidden = true)
  @RolesAllowed("messages:read")
  public TemplateInstance list(
      @QueryParam("number") String number,
      @QueryParam("peer") String peer,
      @QueryParam("direction") String direction,
      @QueryParam("status") String status,
      @QueryParam("since") String since,
      @QueryParam("until") String until,
      @QueryParam("text") String text,
      @QueryParam("cursor") String cursor) {
    Map<String, String> filters = new LinkedHashMap<>();
    put(filters, "number", number);
    put(filters, "peer", peer);
    put(filters, "direction", direction);
    put(filters, "status", status);
    put(filters, "since", since);
    put(filters, "until", until);
    put(filters, "text", text);
    searchWindow(filters);
    List<Views.MessageRow> rows = List.of();
    String next = null;
    String error = null;
    try {
      Page<Message> page =
          listMessages.list(
              query(
                  filters.get("number"),
                  filters.get("peer"),
                  filters.get("direction"),
                  filters.get("status"),
                  filters.get("since"),
                  filters.get("until"),
                  filters.get("text"),
                  cursor,
                  PAGE_SIZE));
      Instant now = Instant.now();
      rows = page.items().stream().map(m -> Views.MessageRow.of(MessageView.of(m), now)).toList();
      next =
          page.lastIfMore()
              .map(m -> link("/console/messages", filters, Cursors.after(m.id())))
              .orElse(null);
    } catch (DomainException e) {
      error = e.getMessage();
    }
    return messages
        .data("rows", rows)
        .data("filters", new Views.Form(filters, Map.of()))
        .data("next", next)
        .data("error", error)
        .data("statuses", Arrays.stream(MessageStatus.values()).map(Enum::name).toList())
        .data(
            "conversation",
            filters.containsKey("number") && filters.containsKey("peer")
                ? link("/console/conversation", filters, null)
                : null);
  }

  @GET
  @Path("/conversation")
  @Operation(hidden = true)
  @RolesAllowed("messages:read")
  public TemplateInstance conversation(
      @QueryParam("number") String number, @QueryParam("peer") String peer) {
    List<Views.ThreadItem> rows = new ArrayList<>();
    String error = null;
    try {
      if (Params.text(number).isEmpty() || Params.text(peer).isEmpty()) {
        error = "A conversation needs our number and the peer.";
      } else {
        Page<Message> page =
            listMessages.list(
                query(number, peer, null, null, null, null, null, null, MessageQuery.MAX_LIMIT));
        Instant now = Instant.now();
        for (Message m : page.items()) {
          List<String> receipts =
              m.direction() == Direction.OUTBOUND
                  ? getHistory.receipts(m.id()).stream().map(Views::receipt).toList()
                  : List.of();
          rows.add(0, new Views.ThreadItem(Views.MessageRow.of(MessageView.of(m), now), receipts));
        }
      }
    } catch (DomainException e) {
      error = e.getMessage();
    }
    return conversation
        .data("rows", rows)
        .data("number", number)
        .data("peer", peer)
        .data("error", error);
  }

  @GET
  @Path("/messages/{id}")
  @Operation(hidden = true)
  @RolesAllowed("messages:read")
  public TemplateInstance detail(@PathParam("id") String id) {
    return detailPage(MessageId.parse(id), null);
  }

  /**
   * Our copy of an inbound medium, behind the console's login (the console's pages show media only
   * from here: the CSP allows images from 'self' alone, and Flowroute's links are never followed).
   */
  @GET
  @Path("/messages/{id}/media/{n}")
  @Produces(MediaType.WILDCARD)
  @Operation(hidden = true)
  @RolesAllowed("messages:read")
  public Response medium(@PathParam("id") String id, @PathParam("n") String n) {
    return MessageMediaResource.streamed(
        readMedia.open(MessageId.parse(id), MessageMediaResource.index(n)));
  }

  @POST
  @Path("/messages/{id}/cancel")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  @RolesAllowed("messages:send")
  public Response cancel(@PathParam("id") String id) {
    MessageId messageId = MessageId.parse(id);
    try {
      cancelMessage.cancel(messageId);
    } catch (DomainException e) {
      return Response.status(409).entity(detailPage(messageId, e.getMessage())).build();
    }
    return Response.seeOther(UriBuilder.fromPath("/console/messages/" + id).build()).build();
  }

  @GET
  @Path("/send")
  @Operation(hidden = true)
  @RolesAllowed("messages:send")
  public TemplateInstance sendForm(@QueryParam("from") String from) {
    Map<String, String> values = new LinkedHashMap<>();
    put(values, "from", from);
    values.put("key", UUID.randomUUID().toString());
    return send.data("form", new Views.Form(values, Map.of()));
  }

  @POST
  @Path("/send")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  @RolesAllowed("messages:send")
  public Response send(MultivaluedMap<String, String> form) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String field : List.of("from", "to", "body", "mediaUrls", "key")) {
      put(values, field, form.getFirst(field));
    }
    Map<String, String> errors = new LinkedHashMap<>();
    // The fields a phone-number problem belongs to are told apart by parsing each on its own.
    fieldCheck(errors, "from", values.get("from"));
    fieldCheck(errors, "to", values.get("to"));
    if (errors.isEmpty()) {
      List<String> media =
          Params.text(values.get("mediaUrls"))
              .map(v -> Arrays.stream(v.split("\\s+")).filter(s -> !s.isBlank()).toList())
              .orElse(null);
      SendMessage.Command command =
          new SendMessage.Command(
              values.get("from"),
              values.get("to"),
              values.get("body"),
              media,
              values.get("key"),
              operator.subject(),
              null,
              null);
      try {
        SendMessage.Result result = sends.sendLater(command).join();
        if (!result.replayed()) {
          dispatcher.wake();
        }
        return Response.seeOther(
                UriBuilder.fromPath("/console/messages/" + result.message().id()).build())
            .build();
      } catch (CompletionException e) {
        if (!(e.getCause() instanceof DomainException refused)) {
          throw e;
        }
        errors.put(SendFields.of(refused.problem()), refused.getMessage());
      } catch (DomainException refused) {
        errors.put(SendFields.of(refused.problem()), refused.getMessage());
      }
    }
    return Response.status(422).entity(send.data("form", new Views.Form(values, errors))).build();
  }

  private TemplateInstance detailPage(MessageId id, String error) {
    GetMessageHistory.Timeline timeline = getHistory.get(id);
    MessageView view = MessageView.of(timeline.message());
    List<Views.Step> steps =
        timeline.steps().isEmpty()
            ? derivedSteps(view)
            : timeline.steps().stream().map(Views.Step::of).toList();
    boolean cancelable = "QUEUED".equals(view.status()) || "ACCEPTED".equals(view.status());
    return message
        .data("m", view)
        .data("steps", steps)
        .data("derived", timeline.steps().isEmpty())
        .data("receipts", timeline.receipts().stream().map(Views.ReceiptRow::of).toList())
        .data("media", Views.MediaRow.of(view))
        .data("cancelable", cancelable)
        .data("error", error)
        .data("age", Views.age(view.createdAt(), Clock.systemUTC().instant()));
  }

  /** The timeline of a message recorded before its history was kept: from its own fields. */
  private static List<Views.Step> derivedSteps(MessageView view) {
    List<Views.Step> steps = new ArrayList<>();
    steps.add(
        new Views.Step(
            view.createdAt(),
            null,
            "INBOUND".equals(view.direction()) ? "Received" : "Accepted",
            null));
    if (view.sendAt() != null) {
      steps.add(new Views.Step(view.sendAt(), null, "Scheduled to send", null));
    }
    if (view.failure() != null) {
      steps.add(new Views.Step(view.updatedAt(), null, "Failure: " + view.failure().code(), null));
    }
    if (!view.updatedAt().equals(view.createdAt()) || steps.size() == 1) {
      steps.add(new Views.Step(view.updatedAt(), view.status(), "", null));
    }
    return steps;
  }

  /**
   * A search by text or by a peer alone reads its whole window, so it always has one: the last
   * {@link MessageQuery#MAX_SEARCH_WINDOW} unless the operator gave since or until, and the form
   * and the next page's link show and keep the window chosen.
   */
  private static void searchWindow(Map<String, String> filters) {
    boolean searches =
        filters.containsKey("text")
            || (filters.containsKey("peer") && !filters.containsKey("number"));
    if (!searches || (filters.containsKey("since") && filters.containsKey("until"))) {
      return;
    }
    try {
      if (filters.containsKey("until")) {
        Instant until = Params.instant("until", filters.get("until"));
        filters.put("since", until.minus(MessageQuery.MAX_SEARCH_WINDOW).toString());
      } else {
        // Up to the next whole minute: a message received this second is in, and Flowroute's
        // clock (an inbound message's time) may run a little ahead of ours.
        Instant until =
            filters.containsKey("since")
                ? Params.instant("since", filters.get("since")).plus(MessageQuery.MAX_SEARCH_WINDOW)
                : Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(1, ChronoUnit.MINUTES);
        Instant since = until.minus(MessageQuery.MAX_SEARCH_WINDOW);
        filters.put("since", since.toString());
        filters.put("until", until.toString());
      }
    } catch (DomainException e) {
      // The query reports the malformed time next to the form.
    }
  }

  private static void fieldCheck(Map<String, String> errors, String field, String value) {
    if (value == null) {
      errors.put(field, "Enter a phone number in E.164 form, such as +12065550100.");
      return;
    }
    try {
      E164Number.parse(value);
    } catch (DomainException e) {
      errors.put(field, e.getMessage());
    }
  }

  private static MessageQuery query(
      String number,
      String peer,
      String direction,
      String status,
      String since,
      String until,
      String text,
      String cursor,
      int limit) {
    return new MessageQuery(
        Params.optional(number, E164Number::parse),
        Params.optional(peer, E164Number::parse),
        Params.optional(direction, v -> Params.enumOf(Direction.class, "direction", v)),
        Params.optional(status, v -> Params.enumOf(MessageStatus.class, "status", v)),
        Params.optional(since, v -> Params.instant("since", v)),
        Params.optional(until, v -> Params.instant("until", v)),
        Params.optional(cursor, Cursors::parse),
        limit,
        Optional.empty(),
        Params.text(text));
  }

  private static void put(Map<String, String> values, String name, String raw) {
    Params.text(raw).ifPresent(v -> values.put(name, v));
  }

  private static String link(String path, Map<String, String> params, String cursor) {
    UriBuilder uri = UriBuilder.fromPath(path);
    params.forEach((k, v) -> uri.queryParam(k, "{" + k + "}"));
    if (cursor != null) {
      uri.queryParam("cursor", cursor);
    }
    return uri.buildFromMap(new LinkedHashMap<>(params), true).toString();
  }
}
