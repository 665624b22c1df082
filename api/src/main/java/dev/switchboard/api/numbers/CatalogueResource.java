package dev.switchboard.api.numbers;

import dev.switchboard.api.web.Params;
import dev.switchboard.domain.numbers.AreaCode;
import dev.switchboard.domain.numbers.AvailableNumber;
import dev.switchboard.domain.numbers.NumberSearch;
import dev.switchboard.domain.numbers.OffsetPage;
import dev.switchboard.domain.numbers.usecase.BrowseCatalogue;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /v1/numbers/available}: what Flowroute has for sale, read live from Flowroute. */
@Path("/v1/numbers/available")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("numbers:read")
public class CatalogueResource {

  /** A purchasable number. */
  public record Available(
      String number,
      String type,
      String rateCenter,
      String state,
      BigDecimal monthlyCost,
      BigDecimal setupCost) {}

  /** A page of the catalogue, paged by offset like Flowroute. */
  public record Listing<T>(List<T> data, int offset, int limit, boolean hasMore) {
    static <S, T> Listing<T> of(OffsetPage<S> page, java.util.function.Function<S, T> map) {
      return new Listing<>(
          page.items().stream().map(map).toList(), page.offset(), page.limit(), page.hasMore());
    }
  }

  private final BrowseCatalogue catalogue;

  CatalogueResource(BrowseCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  @GET
  @Operation(
      summary = "Search purchasable numbers",
      description =
          "Digit filters startsWith/contains/endsWith, state and rateCenter (rateCenter needs"
              + " state), type local|toll_free, orderBy field,asc|desc; limit up to 200. With"
              + " Numbers v1 (switchboard.flowroute.numbers-api=v1) orderBy answers 409"
              + " not-available-with-numbers-v1, and the filters v1 lacks (contains, endsWith, a"
              + " prefix other than 3 or 6 digits, type) apply to the first 2000 numbers it lists.")
  public Listing<Available> search(
      @QueryParam("startsWith") String startsWith,
      @QueryParam("contains") String contains,
      @QueryParam("endsWith") String endsWith,
      @QueryParam("state") String state,
      @QueryParam("rateCenter") String rateCenter,
      @QueryParam("type") String type,
      @QueryParam("orderBy") String orderBy,
      @QueryParam("limit") String limit,
      @QueryParam("offset") String offset) {
    OffsetPage<AvailableNumber> page =
        catalogue.search(
            new NumberSearch(
                Params.text(startsWith),
                Params.text(contains),
                Params.text(endsWith),
                Params.text(state),
                Params.text(rateCenter),
                Params.type(type),
                Params.text(orderBy),
                Params.integer("limit", limit, 10),
                Params.integer("offset", offset, 0)));
    return Listing.of(
        page,
        n ->
            new Available(
                n.number().value(),
                n.type().name(),
                n.rateCenter(),
                n.state(),
                n.monthlyCost(),
                n.setupCost()));
  }

  @GET
  @Path("/area-codes")
  @Operation(
      summary = "Area codes with numbers for sale (limit up to 400)",
      description = "With Numbers v1 maxSetupCost answers 409 not-available-with-numbers-v1.")
  public Listing<String> areaCodes(
      @QueryParam("maxSetupCost") String maxSetupCost,
      @QueryParam("limit") String limit,
      @QueryParam("offset") String offset) {
    return Listing.of(
        catalogue.areaCodes(
            Params.money("maxSetupCost", maxSetupCost),
            Params.integer("limit", limit, 10),
            Params.integer("offset", offset, 0)),
        AreaCode::npa);
  }

  @GET
  @Path("/exchanges")
  @Operation(
      summary = "Exchanges (NPA-NXX) with numbers for sale, optionally of one area code",
      description = "With Numbers v1 maxSetupCost answers 409 not-available-with-numbers-v1.")
  public Listing<String> exchanges(
      @QueryParam("areaCode") String areaCode,
      @QueryParam("maxSetupCost") String maxSetupCost,
      @QueryParam("limit") String limit,
      @QueryParam("offset") String offset) {
    return Listing.of(
        catalogue.exchanges(
            Params.text(areaCode).map(AreaCode::new),
            Params.money("maxSetupCost", maxSetupCost),
            Params.integer("limit", limit, 10),
            Params.integer("offset", offset, 0)),
        e -> e.npaNxx());
  }
}
