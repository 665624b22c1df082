package dev.switchboard.api.cnam;

import dev.switchboard.api.numbers.NumbersApiNotes;
import dev.switchboard.api.openapi.ContractFilter;
import dev.switchboard.api.web.PageQuery;
import dev.switchboard.api.web.Params;
import dev.switchboard.domain.cnam.CallerName;
import dev.switchboard.domain.cnam.CnamFilter;
import dev.switchboard.domain.cnam.CnamRecord;
import dev.switchboard.domain.cnam.CnamStatus;
import dev.switchboard.domain.cnam.usecase.ManageCallerNames;
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
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /v1/cnams}: the account's caller-ID names and their review by Flowroute. */
@Path("/v1/cnams")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Caller names", description = "CNAM: the caller names our numbers may show")
public class CnamResource {

  /** The body that names a caller name. */
  @Schema(name = "CallerNameRequest")
  public record ValueRequest(String value) {
    CallerName toName() {
      if (value == null) {
        throw new ValidationException(ProblemType.INVALID_CALLER_NAME, "give the value");
      }
      return new CallerName(value);
    }
  }

  /** A page of caller names; {@code nextCursor} is absent on the last page. */
  public record CnamPage(List<CnamJson> data, String nextCursor) {}

  private final ManageCallerNames names;

  CnamResource(ManageCallerNames names) {
    this.names = names;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed("numbers:write")
  @Operation(
      operationId = "createCallerName",
      summary = "Register a caller name",
      description =
          "At most 15 characters, at least one letter; letters, digits, spaces and - _ . , @ + &"
              + " ' / \" only; unique per account. It is PENDING until Flowroute reviews it. "
              + NumbersApiNotes.NOT_WITH_V1)
  @Extension(name = ContractFilter.FLOWROUTE_CALL, value = "true", parseValue = true)
  @APIResponse(
      responseCode = "201",
      description = "Registered, PENDING review",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = CnamJson.class)))
  public Response create(
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = "application/json",
                      examples =
                          @ExampleObject(name = "example", value = "{\"value\": \"ACME PIZZA\"}")))
          ValueRequest request) {
    return Response.status(201).entity(CnamJson.of(names.create(body(request).toName()))).build();
  }

  @GET
  @RolesAllowed("numbers:read")
  @Operation(
      operationId = "listCallerNames",
      summary = "Caller names from the inventory: status, value contains")
  public CnamPage list(
      @Parameter(schema = @Schema(implementation = CnamStatus.class)) @QueryParam("status")
          String status,
      @Parameter(description = "The caller name contains this text") @QueryParam("value")
          String value,
      @BeanParam PageQuery paging) {
    Page<CnamRecord> page =
        names.list(
            new CnamFilter(
                Params.text(status).map(CnamResource::status),
                Params.text(value),
                paging.cursor(),
                paging.limit()));
    String next = page.lastIfMore().map(CnamRecord::id).orElse(null);
    return new CnamPage(page.items().stream().map(CnamJson::of).toList(), next);
  }

  @GET
  @Path("/{id}")
  @RolesAllowed("numbers:read")
  @Operation(operationId = "getCallerName", summary = "One caller name from the inventory")
  public CnamJson get(
      @Parameter(description = "The caller name's id (Flowroute's)") @PathParam("id") String id) {
    return CnamJson.of(names.get(id));
  }

  @PATCH
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed("numbers:write")
  @Operation(
      operationId = "updateCallerName",
      summary = "Change a caller name while it is pending",
      description = NumbersApiNotes.NOT_WITH_V1)
  @Extension(name = ContractFilter.FLOWROUTE_CALL, value = "true", parseValue = true)
  public CnamJson update(
      @Parameter(description = "The caller name's id (Flowroute's)") @PathParam("id") String id,
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = "application/json",
                      examples =
                          @ExampleObject(
                              name = "example",
                              value = "{\"value\": \"ACME PIZZA CO\"}")))
          ValueRequest request) {
    return CnamJson.of(names.update(id, body(request).toName()));
  }

  @DELETE
  @Path("/{id}")
  @RolesAllowed("numbers:write")
  @Operation(
      operationId = "deleteCallerName",
      summary = "Remove a caller name no number shows",
      description = NumbersApiNotes.NOT_WITH_V1)
  @Extension(name = ContractFilter.FLOWROUTE_CALL, value = "true", parseValue = true)
  @APIResponse(responseCode = "204", description = "Removed")
  public Response delete(
      @Parameter(description = "The caller name's id (Flowroute's)") @PathParam("id") String id) {
    names.delete(id);
    return Response.noContent().build();
  }

  private static ValueRequest body(ValueRequest request) {
    if (request == null) {
      throw new ValidationException(ProblemType.INVALID_CALLER_NAME, "send {\"value\": ...}");
    }
    return request;
  }

  private static CnamStatus status(String raw) {
    try {
      return CnamStatus.valueOf(raw.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ValidationException(
          ProblemType.INVALID_QUERY_PARAMETER, "status must be pending, approved or rejected");
    }
  }
}
