package dev.switchboard.api.numbers;

import dev.switchboard.api.openapi.ApiDoc;
import dev.switchboard.api.openapi.ContractFilter;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /v1/numbers/available}: what Flowroute has for sale, read live from Flowroute. */
@Path("/v1/numbers/available")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("numbers:read")
@Tag(name = "Catalogue", description = "Numbers Flowroute has for sale")
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
      operationId = "searchAvailableNumbers",
      summary = "Search purchasable numbers",
      description =
          "Digit filters startsWith/contains/endsWith, state and rateCenter (rateCenter needs"
              + " state), type local|toll_free, orderBy field,asc|desc; limit up to 200. With"
              + " Numbers v1 (switchboard.flowroute.numbers-api=v1) orderBy answers 409"
              + " not-available-with-numbers-v1, and the filters v1 lacks (contains, endsWith, a"
              + " prefix other than 3 or 6 digits, type) apply to the first 2000 numbers it lists.")
  @Extension(name = ContractFilter.FLOWROUTE_CALL, value = "true", parseValue = true)
  public Listing<Available> search(
      @Parameter(
              description = "The number starts with these digits",
              schema = @Schema(type = SchemaType.STRING, pattern = "^\\+?\\d{1,11}$"))
          @QueryParam("startsWith")
          String startsWith,
      @Parameter(
              description = "The number contains these digits",
              schema = @Schema(type = SchemaType.STRING, pattern = "^\\d{1,11}$"))
          @QueryParam("contains")
          String contains,
      @Parameter(
              description = "The number ends with these digits",
              schema = @Schema(type = SchemaType.STRING, pattern = "^\\d{1,11}$"))
          @QueryParam("endsWith")
          String endsWith,
      @Parameter(
              description = "The state or province, two letters",
              schema = @Schema(type = SchemaType.STRING, pattern = "^[A-Za-z]{2}$"))
          @QueryParam("state")
          String state,
      @Parameter(description = "The rate center (needs state)") @QueryParam("rateCenter")
          String rateCenter,
      @Parameter(
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"local", "toll_free"}))
          @QueryParam("type")
          String type,
      @Parameter(
              description = "field,asc or field,desc",
              schema = @Schema(type = SchemaType.STRING, pattern = "^[A-Za-z_]+(,(asc|desc))?$"))
          @QueryParam("orderBy")
          String orderBy,
      @Parameter(
              description = "Page size, 1 to " + ApiDoc.MAX_LIMIT + " (default 10)",
              schema =
                  @Schema(
                      type = SchemaType.INTEGER,
                      format = "int32",
                      minimum = "1",
                      maximum = ApiDoc.MAX_LIMIT,
                      defaultValue = "10"))
          @QueryParam("limit")
          String limit,
      @Parameter(
              description = "How many results to skip",
              schema =
                  @Schema(
                      type = SchemaType.INTEGER,
                      format = "int32",
                      minimum = "0",
                      defaultValue = "0"))
          @QueryParam("offset")
          String offset) {
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
      operationId = "listAvailableAreaCodes",
      summary = "Area codes with numbers for sale (limit up to 400)",
      description = "With Numbers v1 maxSetupCost answers 409 not-available-with-numbers-v1.")
  @Extension(name = ContractFilter.FLOWROUTE_CALL, value = "true", parseValue = true)
  public Listing<String> areaCodes(
      @Parameter(
              description = "At most this setup cost, in US dollars",
              schema = @Schema(type = SchemaType.NUMBER, minimum = "0"))
          @QueryParam("maxSetupCost")
          String maxSetupCost,
      @Parameter(
              description = "Page size, 1 to " + "400" + " (default 10)",
              schema =
                  @Schema(
                      type = SchemaType.INTEGER,
                      format = "int32",
                      minimum = "1",
                      maximum = "400",
                      defaultValue = "10"))
          @QueryParam("limit")
          String limit,
      @Parameter(
              description = "How many results to skip",
              schema =
                  @Schema(
                      type = SchemaType.INTEGER,
                      format = "int32",
                      minimum = "0",
                      defaultValue = "0"))
          @QueryParam("offset")
          String offset) {
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
      operationId = "listAvailableExchanges",
      summary = "Exchanges (NPA-NXX) with numbers for sale, optionally of one area code",
      description = "With Numbers v1 maxSetupCost answers 409 not-available-with-numbers-v1.")
  @Extension(name = ContractFilter.FLOWROUTE_CALL, value = "true", parseValue = true)
  public Listing<String> exchanges(
      @Parameter(
              description = "An area code (NPA)",
              schema = @Schema(type = SchemaType.STRING, pattern = "^[2-9]\\d{2}$"))
          @QueryParam("areaCode")
          String areaCode,
      @Parameter(
              description = "At most this setup cost, in US dollars",
              schema = @Schema(type = SchemaType.NUMBER, minimum = "0"))
          @QueryParam("maxSetupCost")
          String maxSetupCost,
      @Parameter(
              description = "Page size, 1 to " + ApiDoc.MAX_LIMIT + " (default 10)",
              schema =
                  @Schema(
                      type = SchemaType.INTEGER,
                      format = "int32",
                      minimum = "1",
                      maximum = ApiDoc.MAX_LIMIT,
                      defaultValue = "10"))
          @QueryParam("limit")
          String limit,
      @Parameter(
              description = "How many results to skip",
              schema =
                  @Schema(
                      type = SchemaType.INTEGER,
                      format = "int32",
                      minimum = "0",
                      defaultValue = "0"))
          @QueryParam("offset")
          String offset) {
    return Listing.of(
        catalogue.exchanges(
            Params.text(areaCode).map(AreaCode::new),
            Params.money("maxSetupCost", maxSetupCost),
            Params.integer("limit", limit, 10),
            Params.integer("offset", offset, 0)),
        e -> e.npaNxx());
  }
}
