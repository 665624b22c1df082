package dev.switchboard.flowroute.numbers.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.domain.numbers.AreaCode;
import dev.switchboard.domain.numbers.AvailableNumber;
import dev.switchboard.domain.numbers.Exchange;
import dev.switchboard.domain.numbers.NumberSearch;
import dev.switchboard.domain.numbers.NumberType;
import dev.switchboard.domain.numbers.OffsetPage;
import dev.switchboard.domain.numbers.port.out.NumberCatalogue;
import dev.switchboard.domain.shared.ProblemType;
import dev.switchboard.domain.shared.ValidationException;
import dev.switchboard.flowroute.http.FlowrouteCalls;
import dev.switchboard.flowroute.http.FlowrouteGuard;
import dev.switchboard.flowroute.http.FlowrouteJson;
import dev.switchboard.flowroute.http.FlowrouteNumberErrors;
import dev.switchboard.flowroute.http.FlowrouteNumberErrors.Endpoint;
import dev.switchboard.flowroute.http.FlowrouteRetry;
import dev.switchboard.flowroute.http.JsonApiCollection;
import dev.switchboard.flowroute.http.Relationship.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Reads what Flowroute has for sale (numbers, area codes, exchanges) from Numbers v2 (§2.6–§2.8).
 */
@ApplicationScoped
@Typed(FlowrouteCatalogue.class)
public class FlowrouteCatalogue implements NumberCatalogue {

  private final FlowrouteNumbersApi api;
  private final FlowrouteCalls calls;

  @Inject
  public FlowrouteCatalogue(@RestClient FlowrouteNumbersApi api, FlowrouteGuard guard) {
    this(api, null, guard);
  }

  /** With {@code sleeper} null the retries really wait. */
  public FlowrouteCatalogue(FlowrouteNumbersApi api, FlowrouteRetry.Sleeper sleeper) {
    this(api, sleeper, FlowrouteGuard.unguarded());
  }

  private FlowrouteCatalogue(
      FlowrouteNumbersApi api, FlowrouteRetry.Sleeper sleeper, FlowrouteGuard guard) {
    ObjectMapper json = FlowrouteJson.mapper();
    this.api = api;
    this.calls = new FlowrouteCalls(new FlowrouteNumberErrors(json), sleeper, guard);
  }

  @Override
  public OffsetPage<AvailableNumber> searchAvailable(NumberSearch search) {
    String type = search.type().map(FlowrouteCatalogue::searchType).orElse(null);
    JsonApiCollection<NumberResource> page =
        calls.get(
            Endpoint.CATALOGUE,
            () ->
                api.searchAvailable(
                    search.startsWith().orElse(null),
                    search.contains().orElse(null),
                    search.endsWith().orElse(null),
                    search.state().orElse(null),
                    search.rateCenter().orElse(null),
                    type,
                    search.orderBy().orElse(null),
                    search.limit(),
                    search.offset()));
    return page(page, FlowrouteNumberReader::availableNumbers, search.offset(), search.limit());
  }

  @Override
  public OffsetPage<AreaCode> areaCodes(Optional<BigDecimal> maxSetupCost, int limit, int offset) {
    JsonApiCollection<Identifier> page =
        calls.get(Endpoint.CATALOGUE, () -> api.areaCodes(cost(maxSetupCost), limit, offset));
    return page(page, FlowrouteNumberReader::areaCodes, offset, limit);
  }

  @Override
  public OffsetPage<Exchange> exchanges(
      Optional<String> areaCode, Optional<BigDecimal> maxSetupCost, int limit, int offset) {
    JsonApiCollection<Identifier> page =
        calls.get(
            Endpoint.CATALOGUE,
            () -> api.exchanges(areaCode.orElse(null), cost(maxSetupCost), limit, offset));
    return page(page, FlowrouteNumberReader::exchanges, offset, limit);
  }

  /** The filter value Flowroute's newest docs use (§2.6, §13 U5: send the newest form). */
  static String searchType(NumberType type) {
    return switch (type) {
      case LOCAL -> "longcode";
      case TOLL_FREE -> "toll-free";
      case OTHER ->
          throw new ValidationException(
              ProblemType.INVALID_NUMBER_TYPE, "Flowroute sells only local and toll-free numbers");
    };
  }

  private static <R, T> OffsetPage<T> page(
      JsonApiCollection<R> document,
      Function<JsonApiCollection<R>, List<T>> items,
      int offset,
      int limit) {
    List<T> read = items.apply(document);
    return new OffsetPage<>(
        read, offset, limit, document.hasNext() && !document.resources().isEmpty());
  }

  private static String cost(Optional<BigDecimal> cost) {
    return cost.map(BigDecimal::toPlainString).orElse(null);
  }
}
