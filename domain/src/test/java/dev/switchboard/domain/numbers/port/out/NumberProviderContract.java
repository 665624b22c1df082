package dev.switchboard.domain.numbers.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.numbers.AreaCode;
import dev.switchboard.domain.numbers.AvailableNumber;
import dev.switchboard.domain.numbers.CallbackKind;
import dev.switchboard.domain.numbers.Exchange;
import dev.switchboard.domain.numbers.NumberSearch;
import dev.switchboard.domain.numbers.NumberSearches;
import dev.switchboard.domain.numbers.NumberType;
import dev.switchboard.domain.numbers.NumberUpdate;
import dev.switchboard.domain.numbers.OffsetPage;
import dev.switchboard.domain.numbers.OwnedNumber;
import dev.switchboard.domain.numbers.ProviderResult;
import dev.switchboard.domain.routes.Route;
import dev.switchboard.domain.routes.RouteId;
import dev.switchboard.domain.routes.RouteSlot;
import dev.switchboard.domain.routes.RouteSpec;
import dev.switchboard.domain.routes.RouteType;
import dev.switchboard.domain.routes.port.out.RouteProvider;
import dev.switchboard.domain.shared.ConflictException;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.NotFoundException;
import dev.switchboard.domain.shared.UpstreamException;
import dev.switchboard.domain.shared.ValidationException;
import dev.switchboard.domain.shared.port.out.CarrierContract;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * What any carrier behind the {@link NumberCatalogue}, {@link NumberProvider} and {@link
 * RouteProvider} ports must do (they share an account: routes are assigned to numbers bought). A
 * subclass gives the three, an account that starts each test with numbers for sale and only the
 * built-in routes, and a way to make the carrier unreachable. Run against the in-memory carrier and
 * against the Flowroute adapters over the emulator, so the use-case tests stand on the real
 * carrier's contract. A carrier API that lacks some operations (Flowroute's Numbers v1) names them
 * in {@link #lacks()}: the contract then expects its refusal {@code not-available-with-numbers-v1}
 * there instead.
 */
public abstract class NumberProviderContract extends CarrierContract {

  /** Operations a carrier API may lack, each refused rather than done. */
  public enum Operation {
    /** The catalogue's maximum setup cost filter on area codes and exchanges. */
    SETUP_COST_FILTER,
    /** A number's alias, CNAM lookups, messaging switch and messaging callbacks. */
    NUMBER_SETTINGS,
    /** Releasing a number. */
    RELEASE,
    /** A number's state and rate center in its details. */
    LOCATION_IN_DETAILS,
    /** Listing and choosing edge strategies. */
    EDGE_STRATEGIES,
    /** Giving a route another alias. */
    ROUTE_RENAME,
    /** Deleting a route. */
    ROUTE_DELETE
  }

  /** What the carrier under test cannot do; nothing by default. */
  protected Set<Operation> lacks() {
    return Set.of();
  }

  /** The catalogue under test. */
  protected abstract NumberCatalogue catalogue();

  /** The number provider under test. */
  protected abstract NumberProvider provider();

  /** The route provider under test. */
  protected abstract RouteProvider routes();

  /** The callback URL the carrier last received for a number, when the carrier can tell. */
  protected Optional<String> callbackReceived(E164Number number, CallbackKind kind) {
    return Optional.empty();
  }

  @Test
  void searches_numbers_for_sale_page_by_page() {
    OffsetPage<AvailableNumber> firstTwo = catalogue().searchAvailable(NumberSearches.page(2, 0));
    OffsetPage<AvailableNumber> fromSecond = catalogue().searchAvailable(NumberSearches.page(2, 1));

    assertThat(firstTwo.items()).hasSize(2);
    assertThat(firstTwo.hasMore()).isTrue();
    assertThat(fromSecond.items().get(0)).isEqualTo(firstTwo.items().get(1));
    assertThat(firstTwo.items().get(0).monthlyCost()).isPositive();
  }

  @Test
  void searches_numbers_for_sale_by_state_type_prefix_and_suffix() {
    AvailableNumber sample = aNumberForSale();
    String npa = sample.number().elevenDigits().substring(1, 4);
    String lastDigit = sample.number().elevenDigits().substring(10);

    List<AvailableNumber> found =
        catalogue()
            .searchAvailable(
                new NumberSearch(
                    Optional.of(npa),
                    Optional.empty(),
                    Optional.of(lastDigit),
                    Optional.of(sample.state()),
                    Optional.empty(),
                    Optional.of(NumberType.LOCAL),
                    Optional.empty(),
                    50,
                    0))
            .items();

    assertThat(found).contains(sample);
    assertThat(found)
        .allSatisfy(
            n -> {
              assertThat(n.number().elevenDigits()).startsWith("1" + npa).endsWith(lastDigit);
              assertThat(n.state()).isEqualToIgnoringCase(sample.state());
              assertThat(n.type()).isEqualTo(NumberType.LOCAL);
            });
  }

  @Test
  void searches_numbers_for_sale_by_rate_center_within_a_state() {
    AvailableNumber sample = aNumberForSale();

    List<AvailableNumber> found =
        catalogue()
            .searchAvailable(
                new NumberSearch(
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.of(sample.state()),
                    Optional.of(sample.rateCenter()),
                    Optional.empty(),
                    Optional.empty(),
                    50,
                    0))
            .items();

    assertThat(found).isNotEmpty();
    assertThat(found)
        .allSatisfy(n -> assertThat(n.rateCenter()).isEqualToIgnoringCase(sample.rateCenter()));
  }

  @Test
  void lists_area_codes_page_by_page() {
    OffsetPage<AreaCode> firstTwo = catalogue().areaCodes(Optional.empty(), 2, 0);
    OffsetPage<AreaCode> second = catalogue().areaCodes(Optional.empty(), 1, 1);

    assertThat(firstTwo.items()).hasSize(2);
    assertThat(second.items()).containsExactly(firstTwo.items().get(1));
  }

  @Test
  void lists_only_area_codes_with_a_setup_cost_at_most_the_maximum() {
    AvailableNumber sample = aNumberForSale();
    String npa = sample.number().elevenDigits().substring(1, 4);
    if (lacks().contains(Operation.SETUP_COST_FILTER)) {
      assertNotAvailable(() -> catalogue().areaCodes(Optional.of(sample.setupCost()), 400, 0));
      assertNotAvailable(
          () -> catalogue().exchanges(Optional.of(npa), Optional.of(sample.setupCost()), 200, 0));
      return;
    }

    List<AreaCode> all = catalogue().areaCodes(Optional.empty(), 400, 0).items();
    List<AreaCode> affordable =
        catalogue().areaCodes(Optional.of(sample.setupCost()), 400, 0).items();

    assertThat(affordable).contains(new AreaCode(npa));
    assertThat(all).containsAll(affordable);
  }

  @Test
  void lists_the_exchanges_of_an_area_code() {
    AvailableNumber sample = aNumberForSale();
    String npa = sample.number().elevenDigits().substring(1, 4);
    String npaNxx = sample.number().elevenDigits().substring(1, 7);

    List<Exchange> exchanges =
        catalogue().exchanges(Optional.of(npa), Optional.empty(), 200, 0).items();

    assertThat(exchanges).contains(new Exchange(npaNxx));
    assertThat(exchanges).allSatisfy(e -> assertThat(e.areaCode()).isEqualTo(npa));
  }

  @Test
  void purchases_a_number_then_shows_its_details_and_lists_it() {
    AvailableNumber wanted = aNumberForSale();
    boolean settings = !lacks().contains(Operation.NUMBER_SETTINGS);
    if (!settings) {
      assertNotAvailable(() -> provider().purchase(wanted.number(), true, false));
    }

    ProviderResult bought = provider().purchase(wanted.number(), settings, false);
    OwnedNumber details = provider().details(wanted.number());

    assertThat(bought.partialFailure()).isEmpty();
    assertThat(bought.number().number()).isEqualTo(wanted.number());
    assertThat(details.number()).isEqualTo(wanted.number());
    assertThat(details.cnamLookupsEnabled()).isEqualTo(settings);
    assertThat(details.type()).isEqualTo(wanted.type());
    if (!lacks().contains(Operation.LOCATION_IN_DETAILS)) {
      assertThat(details.state()).isEqualToIgnoringCase(wanted.state());
    }
    assertThat(details.primaryRoute()).contains(RouteId.SIP_REG);
    assertThat(details.failoverRoute()).isEmpty();
    assertThat(provider().allNumbers()).contains(wanted.number());
    assertThat(catalogue().searchAvailable(NumberSearches.page(200, 0)).items())
        .extracting(AvailableNumber::number)
        .doesNotContain(wanted.number());
  }

  @Test
  void releases_a_number() {
    E164Number number = aPurchasedNumber();
    if (lacks().contains(Operation.RELEASE)) {
      assertNotAvailable(() -> provider().release(number));
      assertThat(provider().allNumbers()).contains(number);
      return;
    }

    provider().release(number);

    assertThat(provider().allNumbers()).doesNotContain(number);
    assertThatThrownBy(() -> provider().details(number)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void changes_the_alias_and_cnam_lookups_of_a_number() {
    E164Number number = aPurchasedNumber();
    if (lacks().contains(Operation.NUMBER_SETTINGS)) {
      assertNotAvailable(
          () ->
              provider()
                  .update(
                      number,
                      new NumberUpdate(Optional.of("Front desk"), Optional.of(true), null)));
      assertThat(provider().details(number).alias()).isNull();
      return;
    }

    ProviderResult updated =
        provider()
            .update(number, new NumberUpdate(Optional.of("Front desk"), Optional.of(true), null));

    assertThat(updated.partialFailure()).isEmpty();
    assertThat(updated.number().alias()).isEqualTo("Front desk");
    assertThat(provider().details(number).alias()).isEqualTo("Front desk");
    assertThat(provider().details(number).cnamLookupsEnabled()).isTrue();
  }

  @Test
  void sets_a_messaging_callback_of_a_number() {
    E164Number number = aPurchasedNumber();
    if (lacks().contains(Operation.NUMBER_SETTINGS)) {
      assertNotAvailable(
          () -> provider().setCallback(number, CallbackKind.SMS_DLR, "https://example.com/dlr"));
      return;
    }

    provider().setCallback(number, CallbackKind.SMS_DLR, "https://example.com/dlr");

    callbackReceived(number, CallbackKind.SMS_DLR)
        .ifPresent(url -> assertThat(url).isEqualTo("https://example.com/dlr"));
    assertThat(provider().details(number).number()).isEqualTo(number);
  }

  @Test
  void creates_updates_lists_and_deletes_a_route() {
    Optional<Integer> edge =
        lacks().contains(Operation.EDGE_STRATEGIES)
            ? Optional.empty()
            : Optional.of(routes().edgeStrategies().get(0).id());
    if (edge.isEmpty()) {
      assertNotAvailable(
          () ->
              routes()
                  .createRoute(
                      new RouteSpec(RouteType.HOST, "edge.example.com", "edge", Optional.of(1))));
    }
    Route created =
        routes()
            .createRoute(new RouteSpec(RouteType.HOST, "pbx.example.com:5060", "office pbx", edge));

    assertThat(created.type()).isEqualTo(RouteType.HOST);
    assertThat(created.value()).isEqualTo("pbx.example.com:5060");
    assertThat(created.alias()).isEqualTo("office pbx");
    assertThat(created.edgeStrategyId()).isEqualTo(edge);
    assertThat(routes().allRoutes()).contains(Route.sipReg()).contains(created);

    String alias = lacks().contains(Operation.ROUTE_RENAME) ? "office pbx" : "office uri";
    if (lacks().contains(Operation.ROUTE_RENAME)) {
      assertNotAvailable(
          () ->
              routes()
                  .updateRoute(
                      created.id(),
                      new RouteSpec(RouteType.URI, "sip:desk@pbx.example.com", "renamed", edge)));
    }
    Route updated =
        routes()
            .updateRoute(
                created.id(),
                new RouteSpec(
                    RouteType.URI, "sip:desk@pbx.example.com;transport=tls", alias, edge));

    assertThat(updated)
        .isEqualTo(
            new Route(
                created.id(),
                RouteType.URI,
                "sip:desk@pbx.example.com;transport=tls",
                alias,
                edge));
    assertThat(routes().allRoutes()).contains(updated);

    if (lacks().contains(Operation.ROUTE_DELETE)) {
      assertNotAvailable(() -> routes().deleteRoute(created.id()));
      assertThat(routes().allRoutes()).contains(updated);
      return;
    }
    routes().deleteRoute(created.id());

    assertThat(routes().allRoutes()).extracting(Route::id).doesNotContain(created.id());
  }

  @Test
  void refuses_a_second_route_like_an_existing_one() {
    RouteSpec spec = new RouteSpec(RouteType.NUMBER, "12065551212", "forward", Optional.empty());
    routes().createRoute(spec);

    assertThatThrownBy(() -> routes().createRoute(spec))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("duplicate-route"));
  }

  @Test
  void lists_edge_strategies() {
    if (lacks().contains(Operation.EDGE_STRATEGIES)) {
      assertNotAvailable(() -> routes().edgeStrategies());
      return;
    }
    assertThat(routes().edgeStrategies())
        .isNotEmpty()
        .allSatisfy(s -> assertThat(s.name()).isNotBlank());
  }

  @Test
  void assigns_and_removes_the_primary_and_failover_routes_of_a_number() {
    E164Number number = aPurchasedNumber();
    Route primary = aRoute("primary", "primary.example.com;weight=70");
    Route failover = aRoute("failover", "failover.example.com;weight=30");

    routes().assignRoute(number, RouteSlot.PRIMARY, primary.id());
    routes().assignRoute(number, RouteSlot.FAILOVER, failover.id());
    OwnedNumber routed = provider().details(number);

    assertThat(routed.primaryRoute()).contains(primary.id());
    assertThat(routed.failoverRoute()).contains(failover.id());

    routes().removeRoute(number, RouteSlot.FAILOVER);
    routes().removeRoute(number, RouteSlot.PRIMARY);
    OwnedNumber unrouted = provider().details(number);

    assertThat(unrouted.failoverRoute()).isEmpty();
    assertThat(unrouted.primaryRoute()).isNotEqualTo(Optional.of(primary.id()));
  }

  @Test
  void refuses_to_delete_a_route_a_number_still_uses() {
    E164Number number = aPurchasedNumber();
    Route route = aRoute("in use", "inuse.example.com");
    routes().assignRoute(number, RouteSlot.PRIMARY, route.id());
    if (lacks().contains(Operation.ROUTE_DELETE)) {
      assertNotAvailable(() -> routes().deleteRoute(route.id()));
      assertThat(routes().allRoutes()).contains(route);
      return;
    }

    assertThatThrownBy(() -> routes().deleteRoute(route.id()))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("route-in-use"));
    assertThat(routes().allRoutes()).contains(route);
  }

  @Test
  void an_unknown_number_is_not_found() {
    E164Number notOurs = aNumberForSale().number();

    assertThatThrownBy(() -> provider().details(notOurs))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.code()).isEqualTo("number-not-found"));
    assertThatThrownBy(() -> provider().release(notOurs)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () -> provider().update(notOurs, new NumberUpdate(Optional.of("x"), null, null)))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void an_unknown_route_is_not_found() {
    assertThatThrownBy(() -> routes().deleteRoute(new RouteId("987654321")))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.code()).isEqualTo("route-not-found"));
  }

  @Test
  void input_the_carrier_refuses_is_a_validation_error() {
    assertThatThrownBy(() -> catalogue().areaCodes(Optional.empty(), 401, 0))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.code()).isEqualTo("flowroute-rejected-input"));
  }

  @Test
  void a_carrier_that_is_down_is_unavailable() {
    carrierDown(true);

    assertThatThrownBy(() -> routes().allRoutes())
        .isInstanceOfSatisfying(
            UpstreamException.class,
            e -> assertThat(e.kind()).isEqualTo(UpstreamException.Kind.UNAVAILABLE));
    assertThatThrownBy(() -> provider().purchase(new E164Number("+12065550123"), false, false))
        .isInstanceOfSatisfying(
            UpstreamException.class,
            e -> assertThat(e.kind()).isEqualTo(UpstreamException.Kind.UNAVAILABLE));
  }

  /** The refusal of an operation the carrier's API lacks. */
  protected static void assertNotAvailable(ThrowingCallable operation) {
    assertThatThrownBy(operation)
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.code()).isEqualTo("not-available-with-numbers-v1"));
  }

  private AvailableNumber aNumberForSale() {
    NumberSearch local = NumberSearches.firstOf(NumberType.LOCAL);
    return catalogue().searchAvailable(local).items().stream()
        .findFirst()
        .orElseThrow(() -> new AssertionError("the carrier has no numbers for sale"));
  }

  private E164Number aPurchasedNumber() {
    E164Number number = aNumberForSale().number();
    provider().purchase(number, false, false);
    return number;
  }

  private Route aRoute(String alias, String host) {
    return routes().createRoute(new RouteSpec(RouteType.HOST, host, alias, Optional.empty()));
  }
}
