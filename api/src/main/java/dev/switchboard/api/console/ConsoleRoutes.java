package dev.switchboard.api.console;

import dev.switchboard.domain.routes.Route;
import dev.switchboard.domain.routes.RouteId;
import dev.switchboard.domain.routes.RouteSpec;
import dev.switchboard.domain.routes.RouteType;
import dev.switchboard.domain.routes.usecase.ManageRoutes;
import dev.switchboard.domain.shared.DomainException;
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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The console's inbound routes: list, create, edit in place and delete, Flowroute's refusals (and a
 * route still in use) shown as text next to the form or row they concern.
 */
@Path("/console/routes")
@Produces(MediaType.TEXT_HTML)
public class ConsoleRoutes {

  /** One route as the console shows it. */
  @TemplateData
  record RouteRow(String id, String type, String value, String alias, boolean builtIn) {
    static RouteRow of(Route r) {
      return new RouteRow(
          r.id().value(),
          r.type().wireName(),
          r.value() == null ? "" : r.value(),
          r.alias() == null ? "" : r.alias(),
          r.id().equals(RouteId.SIP_REG));
    }
  }

  private final ManageRoutes routes;
  private final Template page;

  ConsoleRoutes(ManageRoutes routes, @Location("console/routes.html") Template page) {
    this.routes = routes;
    this.page = page;
  }

  @GET
  @Operation(hidden = true)
  @RolesAllowed("numbers:read")
  public TemplateInstance list(@QueryParam("notice") String notice) {
    return render(Views.Form.empty(), Views.Editing.none(), notice);
  }

  /** The list with one route's row as a form (htmx swaps only that row in). */
  @GET
  @Path("/{id}/edit")
  @Operation(hidden = true)
  @RolesAllowed("numbers:write")
  public TemplateInstance edit(@PathParam("id") String id) {
    Route route = routes.get(new RouteId(id));
    return render(
        Views.Form.empty(),
        Views.Editing.of(id, values(route.type().wireName(), route.value(), route.alias())),
        null);
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  @RolesAllowed("numbers:write")
  public Response create(
      @FormParam("type") String type,
      @FormParam("value") String value,
      @FormParam("alias") String alias) {
    Map<String, String> values = values(type, value, alias);
    try {
      Route created =
          routes.create(
              new RouteSpec(
                  RouteType.parse(type),
                  Views.blankToNull(value),
                  Views.blankToNull(alias),
                  Optional.empty()));
      return Views.seeOther("/console/routes", "Route " + created.id().value() + " created");
    } catch (DomainException e) {
      return Response.status(422)
          .entity(
              render(
                  new Views.Form(values, Map.of(fieldOf(e), e.getMessage())),
                  Views.Editing.none(),
                  null))
          .build();
    }
  }

  /** Changes a route in place; its edge strategy stays as it was. */
  @POST
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  @RolesAllowed("numbers:write")
  public Response update(
      @PathParam("id") String id,
      @FormParam("type") String type,
      @FormParam("value") String value,
      @FormParam("alias") String alias) {
    RouteId routeId = new RouteId(id);
    try {
      Route current = routes.get(routeId);
      routes.update(
          routeId,
          new RouteSpec(
              RouteType.parse(type),
              Views.blankToNull(value),
              Views.blankToNull(alias),
              current.edgeStrategyId()));
      return Views.seeOther("/console/routes", "Route " + id + " saved");
    } catch (DomainException e) {
      return Response.status(422)
          .entity(
              render(
                  Views.Form.empty(),
                  new Views.Editing(id, values(type, value, alias), e.getMessage()),
                  null))
          .build();
    }
  }

  @POST
  @Path("/{id}/delete")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  @RolesAllowed("numbers:write")
  public Response delete(@PathParam("id") String id) {
    try {
      routes.delete(new RouteId(id));
    } catch (DomainException e) {
      return Response.status(409)
          .entity(render(Views.Form.empty(), Views.Editing.refused(id, e.getMessage()), null))
          .build();
    }
    return Views.seeOther("/console/routes", "Route deleted");
  }

  private TemplateInstance render(Views.Form form, Views.Editing editing, String notice) {
    List<RouteRow> rows = routes.list(Optional.empty()).stream().map(RouteRow::of).toList();
    return page.data("rows", rows)
        .data("form", form)
        .data("editing", editing)
        .data("notice", notice)
        .data(
            "types",
            Arrays.stream(RouteType.values())
                .filter(t -> t != RouteType.SIP_REG)
                .map(RouteType::wireName)
                .toList());
  }

  private static String fieldOf(DomainException e) {
    String code = e.problem().code();
    return code.contains("alias") ? "alias" : code.contains("type") ? "type" : "value";
  }

  private static Map<String, String> values(String type, String value, String alias) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("type", type == null ? "" : type);
    values.put("value", value == null ? "" : value);
    values.put("alias", alias == null ? "" : alias);
    return values;
  }
}
