package dev.switchboard.api.console;

import dev.switchboard.api.consent.OptOutView;
import dev.switchboard.api.messages.Cursors;
import dev.switchboard.api.web.Params;
import dev.switchboard.domain.messaging.OptOut;
import dev.switchboard.domain.messaging.OptOutQuery;
import dev.switchboard.domain.messaging.usecase.ManageOptOuts;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The console's opt-outs page: list and search, add and remove, each change with who and why. */
@Path("/console/opt-outs")
@Produces(MediaType.TEXT_HTML)
@TemplateData(target = OptOutView.class)
public class ConsoleOptOuts {

  private static final String CURSOR = "o";
  private static final int PAGE_SIZE = 50;

  private final ManageOptOuts optOuts;
  private final Operator operator;
  private final Template page;

  ConsoleOptOuts(
      ManageOptOuts optOuts, Operator operator, @Location("console/opt-outs.html") Template page) {
    this.optOuts = optOuts;
    this.operator = operator;
    this.page = page;
  }

  @GET
  @Operation(hidden = true)
  @RolesAllowed("messages:read")
  public TemplateInstance list(
      @QueryParam("peer") String peer,
      @QueryParam("number") String number,
      @QueryParam("cursor") String cursor,
      @QueryParam("notice") String notice) {
    return render(peer, number, cursor, Views.Form.empty(), notice);
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  @RolesAllowed("messages:send")
  public Response add(
      @FormParam("peer") String peer,
      @FormParam("number") String number,
      @FormParam("reason") String reason) {
    Map<String, String> values = new LinkedHashMap<>();
    Params.text(peer).ifPresent(v -> values.put("peer", v));
    Params.text(number).ifPresent(v -> values.put("number", v));
    Params.text(reason).ifPresent(v -> values.put("reason", v));
    Map<String, String> errors = new LinkedHashMap<>();
    try {
      E164Number phone = parse(errors, "peer", values.get("peer"), true);
      E164Number ours = parse(errors, "number", values.get("number"), false);
      if (errors.isEmpty()) {
        optOuts.add(Optional.ofNullable(ours), phone, values.get("reason"), operator.subject());
        return Response.seeOther(
                UriBuilder.fromPath("/console/opt-outs")
                    .queryParam("peer", phone.value())
                    .queryParam("notice", "Opt-out added")
                    .build())
            .build();
      }
    } catch (DomainException e) {
      errors.put("reason", e.getMessage());
    }
    return Response.status(422)
        .entity(render(null, null, null, new Views.Form(values, errors), null))
        .build();
  }

  @POST
  @Path("/{id}/remove")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  @RolesAllowed("messages:send")
  public Response remove(@PathParam("id") String id, @FormParam("reason") String reason) {
    UUID parsed;
    try {
      parsed = UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      return Response.status(404).build();
    }
    OptOut removed = optOuts.remove(parsed, Params.text(reason).orElse(null), operator.subject());
    return Views.seeOther("/console/opt-outs", "Opt-out of " + removed.peer().value() + " removed");
  }

  private TemplateInstance render(
      String peer, String number, String cursor, Views.Form form, String notice) {
    List<OptOutView> rows = List.of();
    String next = null;
    String error = null;
    try {
      Page<OptOut> found =
          optOuts.list(
              new OptOutQuery(
                  Params.optional(number, E164Number::parse),
                  Params.optional(peer, E164Number::parse),
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty(),
                  Params.optional(cursor, c -> Cursors.parse(CURSOR, c)),
                  PAGE_SIZE));
      rows = found.items().stream().map(OptOutView::of).toList();
      UriBuilder more = UriBuilder.fromPath("/console/opt-outs");
      Params.text(peer).ifPresent(v -> more.queryParam("peer", "{peer}"));
      next =
          found
              .lastIfMore()
              .map(
                  o ->
                      more.clone()
                          .queryParam("cursor", Cursors.after(CURSOR, o.id()))
                          .buildFromMap(Map.of("peer", Params.text(peer).orElse("")), true)
                          .toString())
              .orElse(null);
    } catch (DomainException e) {
      error = e.getMessage();
    }
    return page.data("rows", rows)
        .data("peer", Params.text(peer).orElse(""))
        .data("number", Params.text(number).orElse(""))
        .data("next", next)
        .data("error", error)
        .data("notice", notice)
        .data("form", form);
  }

  private static E164Number parse(
      Map<String, String> errors, String field, String value, boolean required) {
    if (value == null) {
      if (required) {
        errors.put(field, "Enter the phone in E.164 form, such as +12065550199.");
      }
      return null;
    }
    try {
      return E164Number.parse(value);
    } catch (DomainException e) {
      errors.put(field, e.getMessage());
      return null;
    }
  }
}
