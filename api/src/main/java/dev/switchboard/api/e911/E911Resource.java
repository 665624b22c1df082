package dev.switchboard.api.e911;

import dev.switchboard.api.numbers.NumbersApiNotes;
import dev.switchboard.api.web.Params;
import dev.switchboard.domain.e911.E911Address;
import dev.switchboard.domain.e911.E911Filter;
import dev.switchboard.domain.e911.usecase.ManageE911;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.Page;
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
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /v1/e911s}: the account's emergency addresses. */
@Path("/v1/e911s")
@Produces(MediaType.APPLICATION_JSON)
public class E911Resource {

  /** A page of addresses; {@code nextCursor} is absent on the last page. */
  public record E911Page(List<E911Json> data, String nextCursor) {}

  /** The numbers that have an address. */
  public record NumberList(List<String> data) {}

  private final ManageE911 e911;

  E911Resource(ManageE911 e911) {
    this.e911 = e911;
  }

  @POST
  @Path("/validate")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed("numbers:write")
  @Operation(
      summary = "Check an address as Flowroute would (204), creating nothing",
      description = NumbersApiNotes.NOT_WITH_V1)
  public Response validate(E911Json request) {
    e911.validate(body(request).toAddress());
    return Response.noContent().build();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed("numbers:write")
  @Operation(
      summary = "Register an address (validated by Flowroute)",
      description = NumbersApiNotes.NOT_WITH_V1)
  public Response create(E911Json request) {
    return Response.status(201).entity(E911Json.of(e911.create(body(request).toAddress()))).build();
  }

  @GET
  @RolesAllowed("numbers:read")
  @Operation(summary = "Addresses from the inventory: label, streetName, city contain; state is")
  public E911Page list(
      @QueryParam("label") String label,
      @QueryParam("streetName") String streetName,
      @QueryParam("city") String city,
      @QueryParam("state") String state,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") String limit) {
    Page<E911Address> page =
        e911.list(
            new E911Filter(
                Params.text(label),
                Params.text(streetName),
                Params.text(city),
                Params.text(state),
                Params.text(cursor),
                Params.integer("limit", limit, 50)));
    String next = page.lastIfMore().map(E911Address::id).orElse(null);
    return new E911Page(page.items().stream().map(E911Json::of).toList(), next);
  }

  @GET
  @Path("/{id}")
  @RolesAllowed("numbers:read")
  public E911Json get(@PathParam("id") String id) {
    return E911Json.of(e911.get(id));
  }

  @PATCH
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed("numbers:write")
  @Operation(
      summary = "Change an address (send all of it; re-validated by Flowroute)",
      description = NumbersApiNotes.NOT_WITH_V1)
  public E911Json update(@PathParam("id") String id, E911Json request) {
    return E911Json.of(e911.update(id, body(request).toAddress()));
  }

  @DELETE
  @Path("/{id}")
  @RolesAllowed("numbers:write")
  @Operation(
      summary = "Remove an address no number uses",
      description = NumbersApiNotes.NOT_WITH_V1)
  public Response delete(@PathParam("id") String id) {
    e911.delete(id);
    return Response.noContent().build();
  }

  @GET
  @Path("/{id}/numbers")
  @RolesAllowed("numbers:read")
  @Operation(summary = "The numbers that have the address")
  public NumberList numbers(@PathParam("id") String id) {
    return new NumberList(e911.numbersUsing(id).stream().map(E164Number::value).toList());
  }

  private static E911Json body(E911Json request) {
    if (request == null) {
      throw new ValidationException(ProblemType.MISSING_BODY, "send the address");
    }
    return request;
  }
}
