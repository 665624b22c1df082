package dev.switchboard.api.console;

import dev.switchboard.api.cnam.CnamJson;
import dev.switchboard.api.e911.E911Json;
import dev.switchboard.domain.cnam.CallerName;
import dev.switchboard.domain.cnam.CnamFilter;
import dev.switchboard.domain.cnam.usecase.ManageCallerNames;
import dev.switchboard.domain.e911.E911Filter;
import dev.switchboard.domain.e911.PostalAddress;
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
 * The console's E911 addresses and caller names: list, create, edit in place and delete, with
 * Flowroute's refusals (an address it cannot find, a name still pending review or refused, a record
 * still on numbers) shown as text next to the form or row they concern.
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

  /** One registered address, with the one line a number's page shows of it. */
  @TemplateData
  record AddressRow(String id, String label, String summary) {
    static AddressRow of(E911Json a) {
      return new AddressRow(a.id(), a.label(), a.label() + ": " + oneLine(a));
    }
  }

  /** One caller name with its review. */
  @TemplateData
  record NameRow(String id, String value, String status, boolean approved) {
    static NameRow of(CnamJson c) {
      return new NameRow(c.id(), c.value(), c.status(), "APPROVED".equals(c.status()));
    }
  }

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
    return addressesPage(Views.Form.empty(), Views.Editing.none(), notice);
  }

  @GET
  @Path("/e911s/{id}/edit")
  @Operation(hidden = true)
  @RolesAllowed("numbers:write")
  public TemplateInstance editAddress(@PathParam("id") String id) {
    E911Json current = E911Json.of(e911.get(id));
    Map<String, String> values = new LinkedHashMap<>();
    values.put("label", current.label());
    values.put("firstName", current.firstName());
    values.put("lastName", current.lastName());
    values.put("streetNumber", current.streetNumber());
    values.put("streetName", current.streetName());
    values.put("addressType", current.addressType());
    values.put("addressTypeNumber", current.addressTypeNumber());
    values.put("city", current.city());
    values.put("state", current.state());
    values.put("country", current.country());
    values.put("zip", current.zip());
    return addressesPage(Views.Form.empty(), Views.Editing.of(id, values), null);
  }

  @POST
  @Path("/e911s")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  @RolesAllowed("numbers:write")
  public Response createAddress(MultivaluedMap<String, String> form) {
    Map<String, String> values = addressValues(form);
    try {
      e911.create(address(values));
      return Views.seeOther("/console/e911s", "Address created");
    } catch (DomainException e) {
      values.replaceAll((k, v) -> v == null ? "" : v);
      return Response.status(422)
          .entity(
              addressesPage(
                  new Views.Form(values, Map.of("", e.getMessage())), Views.Editing.none(), null))
          .build();
    }
  }

  /** Changes an address in place; Flowroute validates it again. */
  @POST
  @Path("/e911s/{id}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  @RolesAllowed("numbers:write")
  public Response updateAddress(@PathParam("id") String id, MultivaluedMap<String, String> form) {
    Map<String, String> values = addressValues(form);
    try {
      e911.update(id, address(values));
      return Views.seeOther("/console/e911s", "Address " + id + " saved");
    } catch (DomainException e) {
      return Response.status(422)
          .entity(
              addressesPage(
                  Views.Form.empty(), new Views.Editing(id, values, e.getMessage()), null))
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
          .entity(
              addressesPage(Views.Form.empty(), Views.Editing.refused(id, e.getMessage()), null))
          .build();
    }
    return Views.seeOther("/console/e911s", "Address deleted");
  }

  @GET
  @Path("/caller-names")
  @Operation(hidden = true)
  @RolesAllowed("numbers:read")
  public TemplateInstance names(@QueryParam("notice") String notice) {
    return namesPage(Views.Form.empty(), Views.Editing.none(), notice);
  }

  @GET
  @Path("/caller-names/{id}/edit")
  @Operation(hidden = true)
  @RolesAllowed("numbers:write")
  public TemplateInstance editName(@PathParam("id") String id) {
    return namesPage(
        Views.Form.empty(),
        Views.Editing.of(id, Map.of("name", callerNames.get(id).name().value())),
        null);
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
                  Views.Editing.none(),
                  null))
          .build();
    }
  }

  /** Changes a name still pending review; a reviewed one is refused, saying so. */
  @POST
  @Path("/caller-names/{id}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  @RolesAllowed("numbers:write")
  public Response updateName(@PathParam("id") String id, @FormParam("name") String name) {
    try {
      callerNames.update(id, new CallerName(name == null ? "" : name.strip()));
      return Views.seeOther("/console/caller-names", "Caller name " + id + " saved");
    } catch (DomainException e) {
      return Response.status(422)
          .entity(
              namesPage(
                  Views.Form.empty(),
                  new Views.Editing(id, Map.of("name", name == null ? "" : name), e.getMessage()),
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
          .entity(namesPage(Views.Form.empty(), Views.Editing.refused(id, e.getMessage()), null))
          .build();
    }
    return Views.seeOther("/console/caller-names", "Caller name deleted");
  }

  /** The account's addresses, for this page and a number's. */
  static List<AddressRow> addressRows(ManageE911 e911) {
    return addressJson(e911).stream().map(AddressRow::of).toList();
  }

  /** The account's caller names, for this page and a number's. */
  static List<NameRow> nameRows(ManageCallerNames callerNames) {
    return nameJson(callerNames).stream().map(NameRow::of).toList();
  }

  private static List<E911Json> addressJson(ManageE911 e911) {
    return e911
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
  }

  private static List<CnamJson> nameJson(ManageCallerNames callerNames) {
    return callerNames
        .list(new CnamFilter(Optional.empty(), Optional.empty(), Optional.empty(), 100))
        .items()
        .stream()
        .map(CnamJson::of)
        .toList();
  }

  private TemplateInstance addressesPage(Views.Form form, Views.Editing editing, String notice) {
    return e911Page
        .data("rows", addressJson(e911))
        .data("form", form)
        .data("editing", editing)
        .data("fields", ADDRESS_FIELDS)
        .data("notice", notice);
  }

  private TemplateInstance namesPage(Views.Form form, Views.Editing editing, String notice) {
    return cnamPage
        .data("rows", nameJson(callerNames))
        .data("form", form)
        .data("editing", editing)
        .data("notice", notice);
  }

  private static Map<String, String> addressValues(MultivaluedMap<String, String> form) {
    Map<String, String> values = new LinkedHashMap<>();
    ADDRESS_FIELDS.forEach(f -> values.put(f, Views.blankToNull(form.getFirst(f))));
    return values;
  }

  private static PostalAddress address(Map<String, String> values) {
    return new E911Json(
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
            values.get("zip"))
        .toAddress();
  }

  private static String oneLine(E911Json a) {
    StringBuilder line = new StringBuilder();
    line.append(a.streetNumber()).append(' ').append(a.streetName());
    if (a.addressType() != null) {
      line.append(", ")
          .append(a.addressType())
          .append(' ')
          .append(nullToEmpty(a.addressTypeNumber()));
    }
    line.append(", ").append(a.city()).append(' ').append(a.state()).append(' ').append(a.zip());
    return line.toString();
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
