package dev.switchboard.api.numbers;

import dev.switchboard.api.openapi.ContractFilter;
import dev.switchboard.api.web.Params;
import dev.switchboard.domain.routes.EdgeStrategy;
import dev.switchboard.domain.routes.RouteId;
import dev.switchboard.domain.routes.RouteSpec;
import dev.switchboard.domain.routes.RouteType;
import dev.switchboard.domain.routes.usecase.ManageRoutes;
import dev.switchboard.domain.shared.ProblemType;
import dev.switchboard.domain.shared.ValidationException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
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

/** {@code /v1/routes}: the account's inbound voice routes and Flowroute's edge strategies. */
@Path("/v1/routes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Routes", description = "Voice routes: where calls to our numbers go")
public class RoutesResource {

  /** A route to create, or what a route becomes (every field, as Flowroute takes them). */
  @Schema(name = "RouteRequest")
  public record RouteRequest(String type, String value, String alias, Integer edgeStrategyId) {
    RouteSpec toSpec() {
      if (type == null) {
        throw new ValidationException(ProblemType.INVALID_ROUTE_TYPE, "give the route type");
      }
      return new RouteSpec(
          RouteType.parse(type), value, alias, Optional.ofNullable(edgeStrategyId));
    }
  }

  /** The routes of the account. */
  public record RouteList(List<RouteJson> data) {}

  private final ManageRoutes routes;

  RoutesResource(ManageRoutes routes) {
    this.routes = routes;
  }

  @GET
  @RolesAllowed("numbers:read")
  @Operation(
      operationId = "listRoutes",
      summary = "The account's routes from the inventory, optionally of one type")
  public RouteList list(
      @Parameter(
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"host", "number", "uri", "sip-reg"}))
          @QueryParam("type")
          String type) {
    return new RouteList(
        routes.list(Params.text(type).map(RouteType::parse)).stream().map(RouteJson::of).toList());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed("numbers:write")
  @Operation(
      operationId = "createRoute",
      summary = "Create a route (host, number or uri; ;transport= and ;weight= allowed)",
      description =
          "With Numbers v1 (switchboard.flowroute.numbers-api=v1) the alias is the route's v1 name"
              + " and an edgeStrategyId answers 409 not-available-with-numbers-v1.")
  @Extension(name = ContractFilter.FLOWROUTE_CALL, value = "true", parseValue = true)
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = RouteJson.class)))
  public Response create(
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = "application/json",
                      examples =
                          @ExampleObject(
                              name = "example",
                              value =
                                  "{\"type\": \"host\", \"value\": \"sip.example.com:5060;transport=tcp\", \"alias\": \"office-pbx\"}")))
          RouteRequest request) {
    if (request == null) {
      throw new ValidationException(ProblemType.MISSING_BODY, "send type, value and alias");
    }
    return Response.status(201).entity(RouteJson.of(routes.create(request.toSpec()))).build();
  }

  @GET
  @Path("/edge-strategies")
  @RolesAllowed("numbers:read")
  @Operation(
      operationId = "listEdgeStrategies",
      summary = "Flowroute's edge strategies (points of presence), read live",
      description = NumbersApiNotes.NOT_WITH_V1)
  @Extension(name = ContractFilter.FLOWROUTE_CALL, value = "true", parseValue = true)
  public List<EdgeStrategy> edgeStrategies() {
    return routes.edgeStrategies();
  }

  @GET
  @Path("/{id}")
  @RolesAllowed("numbers:read")
  @Operation(operationId = "getRoute", summary = "One route from the inventory")
  public RouteJson get(
      @Parameter(description = "The route's id (Flowroute's; 0 is sip-reg)") @PathParam("id")
          String id) {
    return RouteJson.of(routes.get(new RouteId(id)));
  }

  @PATCH
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed("numbers:write")
  @Operation(
      operationId = "updateRoute",
      summary = "Change a route (send all of type, value and alias)",
      description =
          "With Numbers v1 (switchboard.flowroute.numbers-api=v1) only the type and value can"
              + " change: another alias or an edgeStrategyId answers 409"
              + " not-available-with-numbers-v1.")
  @Extension(name = ContractFilter.FLOWROUTE_CALL, value = "true", parseValue = true)
  public RouteJson update(
      @Parameter(description = "The route's id (Flowroute's; 0 is sip-reg)") @PathParam("id")
          String id,
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = "application/json",
                      examples =
                          @ExampleObject(
                              name = "example",
                              value =
                                  "{\"type\": \"host\", \"value\": \"sip2.example.com\", \"alias\": \"office-pbx\"}")))
          RouteRequest request) {
    if (request == null) {
      throw new ValidationException(ProblemType.MISSING_BODY, "send type, value and alias");
    }
    return RouteJson.of(routes.update(new RouteId(id), request.toSpec()));
  }

  @DELETE
  @Path("/{id}")
  @RolesAllowed("numbers:write")
  @Operation(
      operationId = "deleteRoute",
      summary = "Delete a route no number uses",
      description = NumbersApiNotes.NOT_WITH_V1)
  @Extension(name = ContractFilter.FLOWROUTE_CALL, value = "true", parseValue = true)
  @APIResponse(responseCode = "204", description = "Deleted")
  public Response delete(
      @Parameter(description = "The route's id (Flowroute's; 0 is sip-reg)") @PathParam("id")
          String id) {
    routes.delete(new RouteId(id));
    return Response.noContent().build();
  }
}
