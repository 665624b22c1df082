package dev.switchboard.api.console;

import dev.switchboard.api.cnam.CnamJson;
import dev.switchboard.api.e911.E911Json;
import dev.switchboard.domain.cnam.CallerName;
import dev.switchboard.domain.cnam.CnamFilter;
import dev.switchboard.domain.cnam.usecase.ManageCallerNames;
import dev.switchboard.domain.e911.E911Filter;
import dev.switchboard.domain.e911.usecase.ManageE911;
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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The console's E911 addresses and caller names: list, create and delete, with Flowroute's refusals
 * (an address it cannot find, a name still pending review) shown as text.
 */
@Path("/console")
@Produces(MediaType.TEXT_HTML)
@TemplateData(target = E911Json.class)
@TemplateData(target = CnamJson.class)
public class ConsoleRegistries {

  private static final List<String> ADDRESS_FIELDS =
      List.of(
          "label",
          "firstName",
          "lastName",
          "streetNumber",
          "streetName",
          "addressType",
          "addressTypeNumber",
          "city",
          "state",
          "country",
          "zip");

  private final ManageE911 e911;
  private final ManageCallerNames callerNames;
  private final Template e911Page;
  private final Template cnamPage;

  ConsoleRegistries(
      ManageE911 e911,
      ManageCallerNames callerNames,
      @Location("console/e911s.html") Template e911Page,
      @Location("console/caller-names.html") Template cnamPage) {
    this.e911 = e911;
    this.callerNames = callerNames;
    this.e911Page = e911Page;
    this.cnamPage = cnamPage;
  }

  @GET
  @Path("/e911s")
  @Operation(hidden = true)
  @RolesAllowed("numbers:read")
  public TemplateInstance addresses(@QueryParam("notice") String notice) {
    return addressesPage(Views.Form.empty(), notice);
  }

  @POST
  @Path("/e911s")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  @RolesAllowed("numbers:write")
  public Response createAddress(MultivaluedMap<String, String> form) {
    Map<String, String> values = new LinkedHashMap<>();
    ADDRESS_FIELDS.forEach(f -> values.put(f, blankToNull(form.getFirst(f))));
    try {
      E911Json asked =
          new E911Json(
              null,
              values.get("label"),
              values.get("firstName"),
              values.get("lastName"),
              values.get("streetNumber"),
              values.get("streetName"),
              values.get("addressType"),
              values.get("addressTypeNumber"),
              values.get("city"),
              values.get("state"),
              values.get("country"),
              values.get("zip"));
      e911.create(asked.toAddress());
      return Views.seeOther("/console/e911s", "Address created");
    } catch (DomainException e) {
      values.replaceAll((k, v) -> v == null ? "" : v);
      return Response.status(422)
          .entity(addressesPage(new Views.Form(values, Map.of("", e.getMessage())), null))
          .build();
    }
  }

  @POST
  @Path("/e911s/{id}/delete")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  @RolesAllowed("numbers:write")
  public Response deleteAddress(@PathParam("id") String id) {
    try {
      e911.delete(id);
    } catch (DomainException e) {
      return Response.status(409)
          .entity(addressesPage(new Views.Form(Map.of(), Map.of("", e.getMessage())), null))
          .build();
    }
    return Views.seeOther("/console/e911s", "Address deleted");
  }

  @GET
  @Path("/caller-names")
  @Operation(hidden = true)
  @RolesAllowed("numbers:read")
  public TemplateInstance names(@QueryParam("notice") String notice) {
    return namesPage(Views.Form.empty(), notice);
  }

  @POST
  @Path("/caller-names")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  @RolesAllowed("numbers:write")
  public Response createName(@FormParam("name") String name) {
    try {
      callerNames.create(new CallerName(name == null ? "" : name.strip()));
      return Views.seeOther("/console/caller-names", "Caller name sent for review");
    } catch (DomainException e) {
      return Response.status(422)
          .entity(
              namesPage(
                  new Views.Form(
                      Map.of("name", name == null ? "" : name), Map.of("name", e.getMessage())),
                  null))
          .build();
    }
  }

  @POST
  @Path("/caller-names/{id}/delete")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  @RolesAllowed("numbers:write")
  public Response deleteName(@PathParam("id") String id) {
    try {
      callerNames.delete(id);
    } catch (DomainException e) {
      return Response.status(409)
          .entity(namesPage(new Views.Form(Map.of(), Map.of("", e.getMessage())), null))
          .build();
    }
    return Views.seeOther("/console/caller-names", "Caller name deleted");
  }

  private TemplateInstance addressesPage(Views.Form form, String notice) {
    List<E911Json> rows =
        e911
            .list(
                new E911Filter(
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    100))
            .items()
            .stream()
            .map(E911Json::of)
            .toList();
    return e911Page.data("rows", rows).data("form", form).data("notice", notice);
  }

  private TemplateInstance namesPage(Views.Form form, String notice) {
    List<CnamJson> rows =
        callerNames
            .list(new CnamFilter(Optional.empty(), Optional.empty(), Optional.empty(), 100))
            .items()
            .stream()
            .map(CnamJson::of)
            .toList();
    return cnamPage.data("rows", rows).data("form", form).data("notice", notice);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
