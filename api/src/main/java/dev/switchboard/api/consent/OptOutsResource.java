package dev.switchboard.api.consent;

import dev.switchboard.api.messages.Cursors;
import dev.switchboard.api.openapi.ApiDoc;
import dev.switchboard.api.web.PageQuery;
import dev.switchboard.api.web.Params;
import dev.switchboard.domain.messaging.OptOut;
import dev.switchboard.domain.messaging.OptOutQuery;
import dev.switchboard.domain.messaging.OptOutSource;
import dev.switchboard.domain.messaging.usecase.ManageOptOuts;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.Page;
import dev.switchboard.domain.shared.ProblemType;
import dev.switchboard.domain.shared.ValidationException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /v1/opt-outs}: the phones we must not text, from one number of ours or from all of them,
 * whoever recorded them (a STOP text, the carrier's receipt 1110, a caller of this API). Changes
 * need {@code messages:send}: whoever may text a phone may record that it must not be texted.
 */
@Path("/v1/opt-outs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Opt-outs",
    description = "Phones that must not be texted, by one of our numbers or all")
public class OptOutsResource {

  private static final String CURSOR = "o";

  private final ManageOptOuts optOuts;

  OptOutsResource(ManageOptOuts optOuts) {
    this.optOuts = optOuts;
  }

  @GET
  @RolesAllowed("messages:read")
  @Operation(
      operationId = "listOptOuts",
      summary = "List opt-outs, newest first",
      description =
          "Filters: number (our number: its own opt-outs and those of every number), peer,"
              + " source (API, KEYWORD, CARRIER), actor, since/until (ISO-8601 instants, [since,"
              + " until) of optedOutAt); cursor paging.")
  public OptOutView.Page list(
      @Parameter(description = ApiDoc.E164_DESCRIPTION, schema = @Schema(ref = ApiDoc.PHONE_NUMBER))
          @QueryParam("number")
          String number,
      @Parameter(description = ApiDoc.E164_DESCRIPTION, schema = @Schema(ref = ApiDoc.PHONE_NUMBER))
          @QueryParam("peer")
          String peer,
      @Parameter(schema = @Schema(implementation = OptOutSource.class)) @QueryParam("source")
          String source,
      @Parameter(description = "Who recorded it (a token's subject, or the keyword or carrier)")
          @QueryParam("actor")
          String actor,
      @Parameter(
              description = "At or after (" + ApiDoc.INSTANT_DESCRIPTION + ")",
              schema = @Schema(type = SchemaType.STRING, format = "date-time"))
          @QueryParam("since")
          String since,
      @Parameter(
              description = "Before (" + ApiDoc.INSTANT_DESCRIPTION + ")",
              schema = @Schema(type = SchemaType.STRING, format = "date-time"))
          @QueryParam("until")
          String until,
      @BeanParam PageQuery paging) {
    OptOutQuery query =
        new OptOutQuery(
            Params.optional(number, E164Number::parse),
            Params.optional(peer, E164Number::parse),
            Params.optional(source, v -> Params.enumOf(OptOutSource.class, "source", v)),
            Params.text(actor),
            Params.optional(since, v -> Params.instant("since", v)),
            Params.optional(until, v -> Params.instant("until", v)),
            paging.cursor(c -> Cursors.parse(CURSOR, c)),
            paging.limit());
    Page<OptOut> page = optOuts.list(query);
    String next = page.lastIfMore().map(o -> Cursors.after(CURSOR, o.id())).orElse(null);
    return new OptOutView.Page(page.items().stream().map(OptOutView::of).toList(), next);
  }

  @GET
  @Path("/{id}")
  @RolesAllowed("messages:read")
  @Operation(operationId = "getOptOut", summary = "One opt-out")
  public OptOutView get(@Parameter(description = "The opt-out's id") @PathParam("id") String id) {
    return OptOutView.of(optOuts.get(id(id)));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed("messages:send")
  @Operation(
      operationId = "addOptOut",
      summary = "Opt a phone out of one of our numbers, or of all of them",
      description =
          "Body: peer (the phone), number (our number; absent: every number of ours, now and"
              + " later) and reason. 201 with the opt-out recorded (publishes opt-out.added), or"
              + " 200 with the one already recorded for the pair, unchanged.")
  @APIResponse(
      responseCode = "201",
      description = "Recorded",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = OptOutView.class)))
  @APIResponse(
      responseCode = "200",
      description = "Recorded already for the pair, unchanged",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = OptOutView.class)))
  public Response add(
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = "application/json",
                      examples =
                          @ExampleObject(
                              name = "example",
                              value =
                                  "{\"number\": \"+12065550100\", \"peer\": \"+12065550199\", \"reason\": \"asked by phone\"}")))
          OptOutView.AddRequest request,
      UriInfo uri,
      SecurityContext security) {
    if (request == null) {
      throw new ValidationException(
          ProblemType.MISSING_BODY, "send a JSON body with peer, and number unless all numbers");
    }
    if (request.peer() == null || request.peer().isBlank()) {
      throw new ValidationException(ProblemType.INVALID_OPT_OUT, "an opt-out needs a peer");
    }
    ManageOptOuts.Added added =
        optOuts.add(
            Params.optional(request.number(), E164Number::parse),
            E164Number.parse(request.peer()),
            request.reason(),
            Params.caller(security));
    OptOutView view = OptOutView.of(added.optOut());
    return added.created()
        ? Response.created(uri.getBaseUriBuilder().path("v1/opt-outs").path(view.id()).build())
            .entity(view)
            .build()
        : Response.ok(view).build();
  }

  @DELETE
  @Path("/{id}")
  @RolesAllowed("messages:send")
  @Operation(
      operationId = "removeOptOut",
      summary = "Remove an opt-out",
      description =
          "The phone may be texted again from the opt-out's number (unless another opt-out"
              + " holds). Query parameter reason says why; publishes opt-out.removed and answers"
              + " the opt-out removed.")
  public OptOutView remove(
      @Parameter(description = "The opt-out's id") @PathParam("id") String id,
      @Parameter(description = "Why it is removed (at most 255 characters)") @QueryParam("reason")
          String reason,
      SecurityContext security) {
    return OptOutView.of(optOuts.remove(id(id), reason, Params.caller(security)));
  }

  private static UUID id(String raw) {
    try {
      return UUID.fromString(raw);
    } catch (IllegalArgumentException e) {
      throw new ValidationException(
          ProblemType.INVALID_OPT_OUT, "'" + raw + "' is not an opt-out id");
    }
  }
}
