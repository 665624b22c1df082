package dev.switchboard.api.console;

import dev.switchboard.api.web.Params;
import dev.switchboard.domain.numbers.AvailableNumber;
import dev.switchboard.domain.numbers.NumberSearch;
import dev.switchboard.domain.numbers.usecase.BrowseCatalogue;
import dev.switchboard.domain.numbers.usecase.PurchaseNumber;
import dev.switchboard.domain.shared.DomainException;
import dev.switchboard.domain.shared.E164Number;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The console's catalogue: search Flowroute's numbers for sale and buy one. */
@Path("/console/catalogue")
@Produces(MediaType.TEXT_HTML)
public class ConsoleCatalogue {

  /** One number for sale. */
  @TemplateData
  record Offer(String number, String type, String rateCenter, String state, String monthly) {
    static Offer of(AvailableNumber n) {
      return new Offer(
          n.number().value(),
          n.type().name(),
          n.rateCenter(),
          n.state(),
          n.monthlyCost() == null ? "" : n.monthlyCost().toPlainString());
    }
  }

  private final BrowseCatalogue catalogue;
  private final PurchaseNumber purchase;
  private final Template page;

  ConsoleCatalogue(
      BrowseCatalogue catalogue,
      PurchaseNumber purchase,
      @Location("console/catalogue.html") Template page) {
    this.catalogue = catalogue;
    this.purchase = purchase;
    this.page = page;
  }

  @GET
  @Operation(hidden = true)
  @RolesAllowed("numbers:read")
  public TemplateInstance search(
      @QueryParam("startsWith") String startsWith,
      @QueryParam("contains") String contains,
      @QueryParam("state") String state,
      @QueryParam("type") String type) {
    Map<String, String> values =
        Map.of(
            "startsWith", Params.text(startsWith).orElse(""),
            "contains", Params.text(contains).orElse(""),
            "state", Params.text(state).orElse(""),
            "type", Params.text(type).orElse(""));
    List<Offer> offers = List.of();
    String error = null;
    boolean searched = values.values().stream().anyMatch(v -> !v.isEmpty());
    if (searched) {
      try {
        offers =
            catalogue
                .search(
                    new NumberSearch(
                        Params.text(startsWith),
                        Params.text(contains),
                        Optional.empty(),
                        Params.text(state),
                        Optional.empty(),
                        Params.type(type),
                        Optional.empty(),
                        20,
                        0))
                .items()
                .stream()
                .map(Offer::of)
                .toList();
      } catch (DomainException e) {
        error = e.getMessage();
      }
    }
    return page.data("form", new Views.Form(values, Map.of()))
        .data("offers", offers)
        .data("searched", searched)
        .data("error", error);
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  @RolesAllowed("numbers:write")
  public Response buy(@FormParam("number") String number) {
    try {
      E164Number parsed = E164Number.parse(number);
      purchase.purchase(parsed, false, true);
      return Response.seeOther(
              UriBuilder.fromPath("/console/numbers/{n}")
                  .queryParam("notice", "Bought")
                  .build(parsed.value()))
          .build();
    } catch (DomainException e) {
      return Response.status(422)
          .entity(
              page.data("form", Views.Form.empty())
                  .data("offers", List.of())
                  .data("searched", false)
                  .data("error", e.getMessage()))
          .build();
    }
  }
}
