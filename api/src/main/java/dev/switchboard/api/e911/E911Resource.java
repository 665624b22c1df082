package dev.switchboard.api.e911;

import dev.switchboard.api.numbers.NumbersApiNotes;
import dev.switchboard.api.openapi.ContractFilter;
import dev.switchboard.api.web.PageQuery;
import dev.switchboard.api.web.Params;
import dev.switchboard.domain.e911.E911Address;
import dev.switchboard.domain.e911.E911Filter;
import dev.switchboard.domain.e911.usecase.ManageE911;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
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

/** {@code /v1/e911s}: the account's emergency addresses. */
@Path("/v1/e911s")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "E911", description = "Emergency addresses our numbers may carry")
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
      operationId = "validateE911",
      summary = "Check an address as Flowroute would (204), creating nothing",
      description = NumbersApiNotes.NOT_WITH_V1)
  @Extension(name = ContractFilter.FLOWROUTE_CALL, value = "true", parseValue = true)
  @APIResponse(responseCode = "204", description = "Flowroute would accept it")
  public Response validate(
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = "application/json",
                      examples =
                          @ExampleObject(
                              name = "example",
                              value =
                                  "{\"label\": \"Seattle office\", \"firstName\": \"Ada\", \"lastName\": \"Lovelace\", \"streetNumber\": \"1218\", \"streetName\": \"3rd Ave\", \"addressType\": \"Suite\", \"addressTypeNumber\": \"2100\", \"city\": \"Seattle\", \"state\": \"WA\", \"country\": \"US\", \"zip\": \"98101\"}")))
          E911Json request) {
    e911.validate(body(request).toAddress());
    return Response.noContent().build();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed("numbers:write")
  @Operation(
      operationId = "createE911",
      summary = "Register an address (validated by Flowroute)",
      description = NumbersApiNotes.NOT_WITH_V1)
  @Extension(name = ContractFilter.FLOWROUTE_CALL, value = "true", parseValue = true)
  @APIResponse(
      responseCode = "201",
      description = "Registered",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = E911Json.class)))
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
                                  "{\"label\": \"Seattle office\", \"firstName\": \"Ada\", \"lastName\": \"Lovelace\", \"streetNumber\": \"1218\", \"streetName\": \"3rd Ave\", \"addressType\": \"Suite\", \"addressTypeNumber\": \"2100\", \"city\": \"Seattle\", \"state\": \"WA\", \"country\": \"US\", \"zip\": \"98101\"}")))
          E911Json request) {
    return Response.status(201).entity(E911Json.of(e911.create(body(request).toAddress()))).build();
  }

  @GET
  @RolesAllowed("numbers:read")
  @Operation(
      operationId = "listE911s",
      summary = "Addresses from the inventory: label, streetName, city contain; state is")
  public E911Page list(
      @Parameter(description = "The label contains this text") @QueryParam("label") String label,
      @Parameter(description = "The street name contains this text") @QueryParam("streetName")
          String streetName,
      @Parameter(description = "The city contains this text") @QueryParam("city") String city,
      @Parameter(
              description = "The state or province, two letters",
              schema = @Schema(type = SchemaType.STRING, pattern = "^[A-Za-z]{2}$"))
          @QueryParam("state")
          String state,
      @BeanParam PageQuery paging) {
    Page<E911Address> page =
        e911.list(
            new E911Filter(
                Params.text(label),
                Params.text(streetName),
                Params.text(city),
                Params.text(state),
                paging.cursor(),
                paging.limit()));
    String next = page.lastIfMore().map(E911Address::id).orElse(null);
    return new E911Page(page.items().stream().map(E911Json::of).toList(), next);
  }

  @GET
  @Path("/{id}")
  @RolesAllowed("numbers:read")
  @Operation(operationId = "getE911", summary = "One E911 address from the inventory")
  public E911Json get(
      @Parameter(description = "The address's id (Flowroute's)") @PathParam("id") String id) {
    return E911Json.of(e911.get(id));
  }

  @PATCH
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed("numbers:write")
  @Operation(
      operationId = "updateE911",
      summary = "Change an address (send all of it; re-validated by Flowroute)",
      description = NumbersApiNotes.NOT_WITH_V1)
  @Extension(name = ContractFilter.FLOWROUTE_CALL, value = "true", parseValue = true)
  public E911Json update(
      @Parameter(description = "The address's id (Flowroute's)") @PathParam("id") String id,
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = "application/json",
                      examples =
                          @ExampleObject(
                              name = "example",
                              value =
                                  "{\"label\": \"Seattle office, 21st floor\", \"addressTypeNumber\": \"2101\"}")))
          E911Json request) {
    return E911Json.of(e911.update(id, body(request).toAddress()));
  }

  @DELETE
  @Path("/{id}")
  @RolesAllowed("numbers:write")
  @Operation(
      operationId = "deleteE911",
      summary = "Remove an address no number uses",
      description = NumbersApiNotes.NOT_WITH_V1)
  @Extension(name = ContractFilter.FLOWROUTE_CALL, value = "true", parseValue = true)
  @APIResponse(responseCode = "204", description = "Removed")
  public Response delete(
      @Parameter(description = "The address's id (Flowroute's)") @PathParam("id") String id) {
    e911.delete(id);
    return Response.noContent().build();
  }

  @GET
  @Path("/{id}/numbers")
  @RolesAllowed("numbers:read")
  @Operation(operationId = "listE911Numbers", summary = "The numbers that have the address")
  public NumberList numbers(
      @Parameter(description = "The address's id (Flowroute's)") @PathParam("id") String id) {
    return new NumberList(e911.numbersUsing(id).stream().map(E164Number::value).toList());
  }

  private static E911Json body(E911Json request) {
    if (request == null) {
      throw new ValidationException(ProblemType.MISSING_BODY, "send the address");
    }
    return request;
  }
}
