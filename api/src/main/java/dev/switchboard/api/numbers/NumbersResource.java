package dev.switchboard.api.numbers;

import dev.switchboard.api.openapi.ApiDoc;
import dev.switchboard.api.openapi.ContractFilter;
import dev.switchboard.api.web.PageQuery;
import dev.switchboard.api.web.Params;
import dev.switchboard.domain.numbers.NumberFilter;
import dev.switchboard.domain.numbers.NumberUpdate;
import dev.switchboard.domain.numbers.OwnedNumber;
import dev.switchboard.domain.numbers.ProviderResult;
import dev.switchboard.domain.numbers.usecase.AssignCallerName;
import dev.switchboard.domain.numbers.usecase.AssignE911;
import dev.switchboard.domain.numbers.usecase.AssignRoute;
import dev.switchboard.domain.numbers.usecase.PurchaseNumber;
import dev.switchboard.domain.numbers.usecase.ReadNumbers;
import dev.switchboard.domain.numbers.usecase.ReleaseNumber;
import dev.switchboard.domain.numbers.usecase.UpdateNumber;
import dev.switchboard.domain.routes.RouteId;
import dev.switchboard.domain.routes.RouteSlot;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.Page;
import dev.switchboard.domain.shared.ProblemType;
import dev.switchboard.domain.shared.ValidationException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /v1/numbers}: our numbers. Reads come from the inventory (they work while Flowroute is
 * down); changes go to Flowroute first and are recorded when it accepts them.
 */
@Path("/v1/numbers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Numbers",
    description = "Our numbers: buy, release, route, E911, caller name, messaging webhooks")
public class NumbersResource {

  /** The body of a purchase. */
  @Schema(name = "NumberPurchase")
  public record PurchaseRequest(
      String number, Boolean cnamLookupsEnabled, Boolean messagingEnabled) {}

  /** The body of a settings change; absent fields stay as they are. */
  @Schema(name = "NumberUpdate")
  public record UpdateRequest(String alias, Boolean cnamLookupsEnabled, Boolean messagingEnabled) {}

  /** The body that points a callback or a route somewhere. */
  @Schema(name = "CallbackUrl")
  public record UrlRequest(String url) {}

  /** The body that assigns a route. */
  @Schema(name = "RouteAssignment")
  public record RouteRequest(String routeId) {}

  /** The body that assigns an E911 address. */
  @Schema(name = "E911Assignment")
  public record E911Request(String e911Id) {}

  /** The body that assigns a caller name. */
  @Schema(name = "CallerNameAssignment")
  public record CnamRequest(String cnamId) {}

  /** A number after a change Flowroute only partly made (its 207). */
  public record PartialSuccess(NumberJson number, String partialFailure) {}

  /** A page of numbers; {@code nextCursor} is absent on the last page. */
  public record NumberPage(List<NumberJson> data, String nextCursor) {}

  private final ReadNumbers read;
  private final PurchaseNumber purchase;
  private final ReleaseNumber release;
  private final UpdateNumber update;
  private final AssignRoute assignRoute;
  private final AssignE911 assignE911;
  private final AssignCallerName assignCallerName;

  NumbersResource(
      ReadNumbers read,
      PurchaseNumber purchase,
      ReleaseNumber release,
      UpdateNumber update,
      AssignRoute assignRoute,
      AssignE911 assignE911,
      AssignCallerName assignCallerName) {
    this.read = read;
    this.purchase = purchase;
    this.release = release;
    this.update = update;
    this.assignRoute = assignRoute;
    this.assignE911 = assignE911;
    this.assignCallerName = assignCallerName;
  }

  @GET
  @RolesAllowed("numbers:read")
  @Operation(
      operationId = "listNumbers",
      summary = "List our numbers from the inventory",
      description =
          "Filters prefix/suffix/contains (digits of the E.164 number), alias, type"
              + " (local|toll_free), hasRoute; cursor paging in number order.")
  public NumberPage list(
      @Parameter(
              description = "The number starts with these digits (a leading + is ignored)",
              schema = @Schema(type = SchemaType.STRING, pattern = "^\\+?\\d{1,11}$"))
          @QueryParam("prefix")
          String prefix,
      @Parameter(
              description = "The number ends with these digits",
              schema = @Schema(type = SchemaType.STRING, pattern = "^\\d{1,11}$"))
          @QueryParam("suffix")
          String suffix,
      @Parameter(
              description = "The number contains these digits",
              schema = @Schema(type = SchemaType.STRING, pattern = "^\\d{1,11}$"))
          @QueryParam("contains")
          String contains,
      @Parameter(description = "The alias contains this text") @QueryParam("alias") String alias,
      @Parameter(
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"local", "toll_free"}))
          @QueryParam("type")
          String type,
      @Parameter(
              description = "true: only numbers with a route; false: only those without",
              schema = @Schema(type = SchemaType.BOOLEAN))
          @QueryParam("hasRoute")
          String hasRoute,
      @BeanParam PageQuery paging) {
    Page<OwnedNumber> page =
        read.list(
            new NumberFilter(
                Params.text(prefix).map(NumbersResource::digits),
                Params.text(suffix),
                Params.text(contains),
                Params.text(alias),
                Params.type(type),
                Params.bool("hasRoute", hasRoute),
                paging.cursor(NumbersResource::cursor),
                paging.limit()));
    String next = page.lastIfMore().map(n -> n.number().elevenDigits()).orElse(null);
    return new NumberPage(page.items().stream().map(NumberJson::brief).toList(), next);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed("numbers:write")
  @Operation(
      operationId = "purchaseNumber",
      summary = "Buy a number",
      description =
          "201 with the number; 207 when Flowroute bought it but could not enable messaging;"
              + " 200 with the number when it is already ours (a repeated request). With Numbers"
              + " v1 (switchboard.flowroute.numbers-api=v1) cnamLookupsEnabled=true answers 409"
              + " not-available-with-numbers-v1, and messaging is the account's own setting"
              + " (v1 has no switch for it).")
  @Extension(name = ContractFilter.FLOWROUTE_CALL, value = "true", parseValue = true)
  @APIResponse(
      responseCode = "201",
      description = "Bought",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = NumberJson.class)))
  @APIResponse(
      responseCode = "200",
      description = "Already ours (a repeated request)",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = NumberJson.class)))
  @APIResponse(
      responseCode = "207",
      description = "Bought, but messaging could not be enabled",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = PartialSuccess.class)))
  public Response purchase(
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = "application/json",
                      examples =
                          @ExampleObject(
                              name = "example",
                              value =
                                  "{\"number\": \"+12065550100\", \"messagingEnabled\": true}")))
          PurchaseRequest request) {
    if (request == null || request.number() == null) {
      throw new ValidationException(ProblemType.MISSING_NUMBER, "give the number to buy");
    }
    PurchaseNumber.Outcome outcome =
        purchase.purchase(
            E164Number.parse(request.number()),
            Boolean.TRUE.equals(request.cnamLookupsEnabled()),
            request.messagingEnabled() == null || request.messagingEnabled());
    return partial(outcome.result(), outcome.alreadyOurs() ? 200 : 201);
  }

  @GET
  @Path("/{number}")
  @RolesAllowed("numbers:read")
  @Operation(
      operationId = "getNumber",
      summary = "One number with its routes, E911 address and caller name")
  public NumberJson get(
      @Parameter(description = ApiDoc.E164_DESCRIPTION, schema = @Schema(ref = ApiDoc.PHONE_NUMBER))
          @PathParam("number")
          String number) {
    return NumberJson.of(read.get(E164Number.parse(number)));
  }

  @PATCH
  @Path("/{number}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed("numbers:write")
  @Operation(
      operationId = "updateNumber",
      summary = "Change a number's alias, CNAM lookups or messaging",
      description = NumbersApiNotes.NOT_WITH_V1)
  @Extension(name = ContractFilter.FLOWROUTE_CALL, value = "true", parseValue = true)
  @APIResponse(
      responseCode = "200",
      description = "Changed",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = NumberJson.class)))
  @APIResponse(
      responseCode = "207",
      description = "Only partly changed by Flowroute",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = PartialSuccess.class)))
  public Response update(
      @Parameter(description = ApiDoc.E164_DESCRIPTION, schema = @Schema(ref = ApiDoc.PHONE_NUMBER))
          @PathParam("number")
          String number,
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = "application/json",
                      examples =
                          @ExampleObject(
                              name = "example",
                              value = "{\"alias\": \"Front desk\", \"cnamLookupsEnabled\": true}")))
          UpdateRequest request) {
    if (request == null) {
      throw new ValidationException(ProblemType.EMPTY_UPDATE, "send the fields to change");
    }
    ProviderResult result =
        update.update(
            E164Number.parse(number),
            new NumberUpdate(
                Optional.ofNullable(request.alias()),
                Optional.ofNullable(request.cnamLookupsEnabled()),
                Optional.ofNullable(request.messagingEnabled())));
    return partial(result, 200);
  }

  @DELETE
  @Path("/{number}")
  @RolesAllowed("numbers:write")
  @Operation(
      operationId = "releaseNumber",
      summary = "Release a number back to Flowroute",
      description = NumbersApiNotes.NOT_WITH_V1)
  @Extension(name = ContractFilter.FLOWROUTE_CALL, value = "true", parseValue = true)
  @APIResponse(responseCode = "204", description = "Released")
  public Response release(
      @Parameter(description = ApiDoc.E164_DESCRIPTION, schema = @Schema(ref = ApiDoc.PHONE_NUMBER))
          @PathParam("number")
          String number) {
    release.release(E164Number.parse(number));
    return Response.noContent().build();
  }

  @PUT
  @Path("/{number}/callbacks/{kind}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed("numbers:write")
  @Operation(
      operationId = "setNumberCallback",
      summary = "Point one of the number's messaging webhooks (sms, mms, sms-dlr, mms-dlr)",
      description = NumbersApiNotes.NOT_WITH_V1)
  @Extension(name = ContractFilter.FLOWROUTE_CALL, value = "true", parseValue = true)
  public NumberJson setCallback(
      @Parameter(description = ApiDoc.E164_DESCRIPTION, schema = @Schema(ref = ApiDoc.PHONE_NUMBER))
          @PathParam("number")
          String number,
      @Parameter(
              description = "Which webhook",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"sms", "mms", "sms-dlr", "mms-dlr"}))
          @PathParam("kind")
          String kind,
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = "application/json",
                      examples =
                          @ExampleObject(
                              name = "example",
                              value = "{\"url\": \"https://example.com/hooks/sms\"}")))
          UrlRequest request) {
    if (request == null || request.url() == null || request.url().isBlank()) {
      throw new ValidationException(ProblemType.INVALID_CALLBACK_URL, "give the callback url");
    }
    return NumberJson.brief(
        update.setCallback(
            E164Number.parse(number), CallbackPaths.parse(kind), Optional.of(request.url())));
  }

  @DELETE
  @Path("/{number}/callbacks/{kind}")
  @RolesAllowed("numbers:write")
  @Operation(
      operationId = "clearNumberCallback",
      summary = "Clear one of the number's messaging webhooks",
      description = NumbersApiNotes.NOT_WITH_V1)
  @Extension(name = ContractFilter.FLOWROUTE_CALL, value = "true", parseValue = true)
  public NumberJson clearCallback(
      @Parameter(description = ApiDoc.E164_DESCRIPTION, schema = @Schema(ref = ApiDoc.PHONE_NUMBER))
          @PathParam("number")
          String number,
      @Parameter(
              description = "Which webhook",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"sms", "mms", "sms-dlr", "mms-dlr"}))
          @PathParam("kind")
          String kind) {
    return NumberJson.brief(
        update.setCallback(E164Number.parse(number), CallbackPaths.parse(kind), Optional.empty()));
  }

  @PUT
  @Path("/{number}/routes/{slot}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed("numbers:write")
  @Operation(
      operationId = "assignNumberRoute",
      summary = "Set the number's primary or failover voice route")
  @Extension(name = ContractFilter.FLOWROUTE_CALL, value = "true", parseValue = true)
  public NumberJson assignRoute(
      @Parameter(description = ApiDoc.E164_DESCRIPTION, schema = @Schema(ref = ApiDoc.PHONE_NUMBER))
          @PathParam("number")
          String number,
      @Parameter(
              description = "Which route",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"primary", "failover"}))
          @PathParam("slot")
          String slot,
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = "application/json",
                      examples =
                          @ExampleObject(name = "example", value = "{\"routeId\": \"24601\"}")))
          RouteRequest request) {
    if (request == null || request.routeId() == null) {
      throw new ValidationException(ProblemType.MISSING_ROUTE, "give the routeId");
    }
    E164Number parsed = E164Number.parse(number);
    assignRoute.assign(parsed, slot(slot), new RouteId(request.routeId()));
    return NumberJson.of(read.get(parsed));
  }

  @DELETE
  @Path("/{number}/routes/{slot}")
  @RolesAllowed("numbers:write")
  @Operation(
      operationId = "removeNumberRoute",
      summary = "Remove the number's primary (back to sip-reg) or failover route")
  @Extension(name = ContractFilter.FLOWROUTE_CALL, value = "true", parseValue = true)
  public NumberJson removeRoute(
      @Parameter(description = ApiDoc.E164_DESCRIPTION, schema = @Schema(ref = ApiDoc.PHONE_NUMBER))
          @PathParam("number")
          String number,
      @Parameter(
              description = "Which route",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"primary", "failover"}))
          @PathParam("slot")
          String slot) {
    E164Number parsed = E164Number.parse(number);
    assignRoute.remove(parsed, slot(slot));
    return NumberJson.of(read.get(parsed));
  }

  @PUT
  @Path("/{number}/e911")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed("numbers:write")
  @Operation(
      operationId = "assignNumberE911",
      summary = "Give the number an E911 address (Flowroute refuses numbers without 911)",
      description = NumbersApiNotes.NOT_WITH_V1)
  @Extension(name = ContractFilter.FLOWROUTE_CALL, value = "true", parseValue = true)
  public NumberJson assignE911(
      @Parameter(description = ApiDoc.E164_DESCRIPTION, schema = @Schema(ref = ApiDoc.PHONE_NUMBER))
          @PathParam("number")
          String number,
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = "application/json",
                      examples =
                          @ExampleObject(name = "example", value = "{\"e911Id\": \"20187\"}")))
          E911Request request) {
    if (request == null || request.e911Id() == null) {
      throw new ValidationException(ProblemType.MISSING_E911, "give the e911Id");
    }
    E164Number parsed = E164Number.parse(number);
    assignE911.assign(parsed, request.e911Id());
    return NumberJson.of(read.get(parsed));
  }

  @DELETE
  @Path("/{number}/e911")
  @RolesAllowed("numbers:write")
  @Operation(
      operationId = "removeNumberE911",
      summary = "Remove the number's E911 address",
      description = NumbersApiNotes.NOT_WITH_V1)
  @Extension(name = ContractFilter.FLOWROUTE_CALL, value = "true", parseValue = true)
  public NumberJson removeE911(
      @Parameter(description = ApiDoc.E164_DESCRIPTION, schema = @Schema(ref = ApiDoc.PHONE_NUMBER))
          @PathParam("number")
          String number) {
    E164Number parsed = E164Number.parse(number);
    assignE911.unassign(parsed);
    return NumberJson.of(read.get(parsed));
  }

  @PUT
  @Path("/{number}/cnam")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed("numbers:write")
  @Operation(
      operationId = "assignNumberCallerName",
      summary = "Show an approved caller name on the (local) number's calls",
      description = NumbersApiNotes.NOT_WITH_V1)
  @Extension(name = ContractFilter.FLOWROUTE_CALL, value = "true", parseValue = true)
  public NumberJson assignCallerName(
      @Parameter(description = ApiDoc.E164_DESCRIPTION, schema = @Schema(ref = ApiDoc.PHONE_NUMBER))
          @PathParam("number")
          String number,
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = "application/json",
                      examples =
                          @ExampleObject(name = "example", value = "{\"cnamId\": \"18305\"}")))
          CnamRequest request) {
    if (request == null || request.cnamId() == null) {
      throw new ValidationException(ProblemType.MISSING_CNAM, "give the cnamId");
    }
    E164Number parsed = E164Number.parse(number);
    assignCallerName.assign(parsed, request.cnamId());
    return NumberJson.of(read.get(parsed));
  }

  @DELETE
  @Path("/{number}/cnam")
  @RolesAllowed("numbers:write")
  @Operation(
      operationId = "removeNumberCallerName",
      summary = "Stop showing a caller name on the number's calls",
      description = NumbersApiNotes.NOT_WITH_V1)
  @Extension(name = ContractFilter.FLOWROUTE_CALL, value = "true", parseValue = true)
  public NumberJson removeCallerName(
      @Parameter(description = ApiDoc.E164_DESCRIPTION, schema = @Schema(ref = ApiDoc.PHONE_NUMBER))
          @PathParam("number")
          String number) {
    E164Number parsed = E164Number.parse(number);
    assignCallerName.unassign(parsed);
    return NumberJson.of(read.get(parsed));
  }

  private Response partial(ProviderResult result, int okStatus) {
    NumberJson json = NumberJson.of(read.get(result.number().number()));
    if (result.partialFailure().isPresent()) {
      return Response.status(207)
          .entity(new PartialSuccess(json, result.partialFailure().get()))
          .build();
    }
    return Response.status(okStatus).entity(json).build();
  }

  private static RouteSlot slot(String raw) {
    try {
      return RouteSlot.valueOf(raw.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ValidationException(
          ProblemType.INVALID_ROUTE_SLOT, "the route slot is primary or failover");
    }
  }

  private static String digits(String prefix) {
    return prefix.startsWith("+") ? prefix.substring(1) : prefix;
  }

  private static E164Number cursor(String raw) {
    try {
      return E164Number.parse(raw);
    } catch (ValidationException e) {
      throw new ValidationException(
          ProblemType.INVALID_CURSOR, "the cursor is not one this API gave out");
    }
  }
}
