package dev.switchboard.api.console;

import dev.switchboard.api.numbers.CallbackPaths;
import dev.switchboard.api.web.Params;
import dev.switchboard.domain.cnam.usecase.ManageCallerNames;
import dev.switchboard.domain.e911.usecase.ManageE911;
import dev.switchboard.domain.numbers.CallbackKind;
import dev.switchboard.domain.numbers.NumberFilter;
import dev.switchboard.domain.numbers.NumberUpdate;
import dev.switchboard.domain.numbers.NumberView;
import dev.switchboard.domain.numbers.OwnedNumber;
import dev.switchboard.domain.numbers.usecase.AssignCallerName;
import dev.switchboard.domain.numbers.usecase.AssignE911;
import dev.switchboard.domain.numbers.usecase.AssignRoute;
import dev.switchboard.domain.numbers.usecase.ReadNumbers;
import dev.switchboard.domain.numbers.usecase.ReleaseNumber;
import dev.switchboard.domain.numbers.usecase.UpdateNumber;
import dev.switchboard.domain.routes.Route;
import dev.switchboard.domain.routes.RouteId;
import dev.switchboard.domain.routes.RouteSlot;
import dev.switchboard.domain.routes.usecase.ManageRoutes;
import dev.switchboard.domain.shared.DomainException;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.Page;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The console's numbers: the inventory with filters, and a number's page where its alias,
 * messaging, CNAM lookups, callbacks, routes, E911 address and caller name are edited (through the
 * same use cases as /v1) and from which it is released.
 */
@Path("/console/numbers")
@Produces(MediaType.TEXT_HTML)
public class ConsoleNumbers {

  private static final int PAGE_SIZE = 50;

  /** One number as the console lists and shows it. */
  @TemplateData
  record NumberRow(
      String number,
      String type,
      String alias,
      boolean messaging,
      boolean cnamLookups,
      String rateCenter,
      String state,
      String primaryRoute,
      String failoverRoute,
      String e911,
      String callerName) {

    static NumberRow of(OwnedNumber n) {
      return new NumberRow(
          n.number().value(),
          n.type().name(),
          n.alias() == null ? "" : n.alias(),
          n.messagingEnabled(),
          n.cnamLookupsEnabled(),
          n.rateCenter(),
          n.state(),
          n.primaryRoute().map(RouteId::value).orElse(""),
          n.failoverRoute().map(RouteId::value).orElse(""),
          n.e911Id().orElse(""),
          n.cnamId().orElse(""));
    }
  }

  /** One of a number's messaging callbacks (DID-level webhooks) and its URL, "" when unset. */
  @TemplateData
  record CallbackRow(String kind, String url) {}

  private final ReadNumbers readNumbers;
  private final UpdateNumber updateNumber;
  private final AssignRoute assignRoute;
  private final ReleaseNumber releaseNumber;
  private final ManageRoutes routes;
  private final AssignE911 assignE911;
  private final AssignCallerName assignCallerName;
  private final ManageE911 addresses;
  private final ManageCallerNames callerNames;
  private final Template list;
  private final Template detail;

  ConsoleNumbers(
      ReadNumbers readNumbers,
      UpdateNumber updateNumber,
      AssignRoute assignRoute,
      ReleaseNumber releaseNumber,
      ManageRoutes routes,
      AssignE911 assignE911,
      AssignCallerName assignCallerName,
      ManageE911 addresses,
      ManageCallerNames callerNames,
      @Location("console/numbers.html") Template list,
      @Location("console/number.html") Template detail) {
    this.readNumbers = readNumbers;
    this.updateNumber = updateNumber;
    this.assignRoute = assignRoute;
    this.releaseNumber = releaseNumber;
    this.routes = routes;
    this.assignE911 = assignE911;
    this.assignCallerName = assignCallerName;
    this.addresses = addresses;
    this.callerNames = callerNames;
    this.list = list;
    this.detail = detail;
  }

  @GET
  @Operation(hidden = true)
  @RolesAllowed("numbers:read")
  public TemplateInstance list(
      @QueryParam("contains") String contains,
      @QueryParam("alias") String alias,
      @QueryParam("after") String after) {
    List<NumberRow> rows = List.of();
    String next = null;
    String error = null;
    try {
      Page<OwnedNumber> page =
          readNumbers.list(
              new NumberFilter(
                  Optional.empty(),
                  Optional.empty(),
                  Params.text(contains),
                  Params.text(alias),
                  Optional.empty(),
                  Optional.empty(),
                  Params.optional(after, E164Number::parse),
                  PAGE_SIZE));
      rows = page.items().stream().map(NumberRow::of).toList();
      next =
          page.lastIfMore()
              .map(
                  n ->
                      UriBuilder.fromPath("/console/numbers")
                          .queryParam("contains", Params.text(contains).orElse(""))
                          .queryParam("alias", Params.text(alias).orElse(""))
                          .queryParam("after", n.number().value())
                          .build()
                          .toString())
              .orElse(null);
    } catch (DomainException e) {
      error = e.getMessage();
    }
    return list.data("rows", rows)
        .data("contains", Params.text(contains).orElse(""))
        .data("alias", Params.text(alias).orElse(""))
        .data("next", next)
        .data("error", error);
  }

  @GET
  @Path("/{number}")
  @Operation(hidden = true)
  @RolesAllowed("numbers:read")
  public TemplateInstance number(
      @PathParam("number") String number, @QueryParam("notice") String notice) {
    return page(E164Number.parse(number), notice, Map.of());
  }

  @POST
  @Path("/{number}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  @RolesAllowed("numbers:write")
  public Response update(
      @PathParam("number") String number,
      @FormParam("alias") String alias,
      @FormParam("messaging") String messaging,
      @FormParam("cnamLookups") String cnamLookups) {
    E164Number parsed = E164Number.parse(number);
    try {
      updateNumber.update(
          parsed,
          new NumberUpdate(
              Optional.of(alias == null ? "" : alias.strip()),
              Optional.of(cnamLookups != null),
              Optional.of(messaging != null)));
    } catch (DomainException e) {
      return refused(parsed, "settings", e);
    }
    return back(parsed, "Saved");
  }

  @POST
  @Path("/{number}/routes")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  @RolesAllowed("numbers:write")
  public Response assign(
      @PathParam("number") String number,
      @FormParam("slot") String slot,
      @FormParam("routeId") String routeId) {
    E164Number parsed = E164Number.parse(number);
    try {
      RouteSlot routeSlot = RouteSlot.valueOf(String.valueOf(slot).toUpperCase(Locale.ROOT));
      if (routeId == null || routeId.isBlank()) {
        assignRoute.remove(parsed, routeSlot);
      } else {
        assignRoute.assign(parsed, routeSlot, new RouteId(routeId));
      }
    } catch (DomainException | IllegalArgumentException e) {
      return refused(parsed, "routes", e);
    }
    return back(parsed, "Route saved");
  }

  @POST
  @Path("/{number}/release")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  @RolesAllowed("numbers:write")
  public Response release(
      @PathParam("number") String number, @FormParam("confirm") String confirm) {
    E164Number parsed = E164Number.parse(number);
    if (!parsed.value().equals(confirm == null ? null : confirm.strip())) {
      return Response.status(422)
          .entity(
              page(
                  parsed,
                  null,
                  Map.of("release", "Type " + parsed.value() + " to confirm the release.")))
          .build();
    }
    try {
      releaseNumber.release(parsed);
    } catch (DomainException e) {
      return refused(parsed, "release", e);
    }
    return Response.seeOther(UriBuilder.fromPath("/console/numbers").build()).build();
  }

  /** Sets one messaging callback of the number, or clears it when the URL is blank. */
  @POST
  @Path("/{number}/callbacks")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  @RolesAllowed("numbers:write")
  public Response callback(
      @PathParam("number") String number,
      @FormParam("kind") String kind,
      @FormParam("url") String url) {
    E164Number parsed = E164Number.parse(number);
    try {
      updateNumber.setCallback(
          parsed, CallbackPaths.parse(kind), Optional.ofNullable(Views.blankToNull(url)));
    } catch (DomainException e) {
      return refused(parsed, "callbacks", e);
    }
    return back(parsed, "Callback " + kind + " saved");
  }

  @POST
  @Path("/{number}/e911")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  @RolesAllowed("numbers:write")
  public Response e911(@PathParam("number") String number, @FormParam("e911Id") String e911Id) {
    E164Number parsed = E164Number.parse(number);
    try {
      if (e911Id == null || e911Id.isBlank()) {
        assignE911.unassign(parsed);
        return back(parsed, "E911 address removed");
      }
      assignE911.assign(parsed, e911Id.strip());
    } catch (DomainException e) {
      return refused(parsed, "e911", e);
    }
    return back(parsed, "E911 address assigned");
  }

  @POST
  @Path("/{number}/caller-name")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  @RolesAllowed("numbers:write")
  public Response callerName(
      @PathParam("number") String number, @FormParam("cnamId") String cnamId) {
    E164Number parsed = E164Number.parse(number);
    try {
      if (cnamId == null || cnamId.isBlank()) {
        assignCallerName.unassign(parsed);
        return back(parsed, "Caller name removed");
      }
      assignCallerName.assign(parsed, cnamId.strip());
    } catch (DomainException e) {
      return refused(parsed, "cnam", e);
    }
    return back(parsed, "Caller name assigned");
  }

  /** The page again, with the refusal next to the form of {@code section}. */
  private Response refused(E164Number number, String section, RuntimeException e) {
    return Response.status(422).entity(page(number, null, Map.of(section, e.getMessage()))).build();
  }

  private Response back(E164Number number, String notice) {
    return Response.seeOther(
            UriBuilder.fromPath("/console/numbers/{n}")
                .queryParam("notice", notice)
                .build(number.value()))
        .build();
  }

  private TemplateInstance page(E164Number number, String notice, Map<String, String> problems) {
    NumberView view = readNumbers.get(number);
    List<ConsoleRoutes.RouteRow> all =
        routes.list(Optional.empty()).stream().map(ConsoleRoutes.RouteRow::of).toList();
    NumberRow row = NumberRow.of(view.number());
    List<ConsoleRegistries.AddressRow> e911s = ConsoleRegistries.addressRows(addresses);
    List<ConsoleRegistries.NameRow> names = ConsoleRegistries.nameRows(callerNames);
    List<CallbackRow> callbacks =
        Arrays.stream(CallbackKind.values())
            .map(
                k ->
                    new CallbackRow(
                        CallbackPaths.pathOf(k), view.number().callbacks().getOrDefault(k, "")))
            .toList();
    return detail
        .data("n", row)
        .data("callbacks", callbacks)
        .data("hasCallbacks", !view.number().callbacks().isEmpty())
        .data("e911s", e911s)
        .data("names", names)
        .data(
            "e911Label",
            e911s.stream()
                .filter(a -> a.id().equals(row.e911()))
                .map(ConsoleRegistries.AddressRow::summary)
                .findFirst()
                .orElse(null))
        .data(
            "cnamLabel",
            names.stream()
                .filter(c -> c.id().equals(row.callerName()))
                .map(ConsoleRegistries.NameRow::value)
                .findFirst()
                .orElse(null))
        .data("routes", all)
        .data("slots", List.of("primary", "failover"))
        .data("primary", view.primaryRoute().map(Route::alias).orElse(null))
        .data("notice", notice)
        .data("problems", problems);
  }
}
