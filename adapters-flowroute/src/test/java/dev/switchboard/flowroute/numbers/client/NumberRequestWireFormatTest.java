package dev.switchboard.flowroute.numbers.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.numbers.CallbackKind;
import dev.switchboard.domain.numbers.NumberSearch;
import dev.switchboard.domain.numbers.NumberSearches;
import dev.switchboard.domain.numbers.NumberType;
import dev.switchboard.domain.numbers.NumberUpdate;
import dev.switchboard.domain.routes.Route;
import dev.switchboard.domain.routes.RouteId;
import dev.switchboard.domain.routes.RouteSlot;
import dev.switchboard.domain.routes.RouteSpec;
import dev.switchboard.domain.routes.RouteType;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.flowroute.routes.client.FlowrouteRouteProvider;
import dev.switchboard.flowroute.routes.client.RouteWireFormatTest;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The exact requests we send to Numbers v2 and Routes v2. */
class NumberRequestWireFormatTest {

  private static final E164Number NUMBER = new E164Number("+16502390214");
  private static final String EMPTY_PAGE = "{\"data\":[],\"links\":{}}";

  private final FakeNumbersApi flowroute = new FakeNumbersApi();
  private final FlowrouteCatalogue catalogue = new FlowrouteCatalogue(flowroute, d -> {});
  private final FlowrouteNumberProvider provider = new FlowrouteNumberProvider(flowroute, d -> {});
  private final FlowrouteRouteProvider routes = new FlowrouteRouteProvider(flowroute, d -> {});

  @Test
  void purchases_with_both_flags_as_query_parameters_and_no_body() {
    flowroute.answer(201, NumberWireFormatTest.NUMBER_DETAILS);

    provider.purchase(NUMBER, true, false);

    assertThat(flowroute.calls)
        .containsExactly(
            "POST /v2/numbers/16502390214?cnam_lookups_enabled=true&messaging_enabled=false");
    assertThat(flowroute.bodies).isEmpty();
  }

  @Test
  void updates_a_number_with_a_flat_body_typed_number_holding_only_the_changes() {
    flowroute.answer(200, NumberWireFormatTest.NUMBER_DETAILS);
    flowroute.answer(200, NumberWireFormatTest.NUMBER_DETAILS);

    provider.update(NUMBER, new NumberUpdate(Optional.of("Front desk"), null, null));
    provider.update(NUMBER, new NumberUpdate(null, Optional.of(true), Optional.of(false)));

    assertThat(flowroute.calls)
        .containsExactly("PATCH /v2/numbers/16502390214", "PATCH /v2/numbers/16502390214");
    assertThat(flowroute.bodies)
        .containsExactly(
            "{\"type\":\"number\",\"alias\":\"Front desk\"}",
            "{\"type\":\"number\",\"cnam_lookups_enabled\":true,\"messaging_enabled\":false}");
  }

  @Test
  void creates_a_route_with_the_documented_attributes_then_sets_its_edge_strategy_by_update() {
    flowroute
        .answer(201, RouteWireFormatTest.CREATED)
        .answer(
            200,
            "{\"data\":{\"type\":\"route\",\"id\":\"98396\",\"attributes\":{\"alias\":\"new route\","
                + "\"route_type\":\"host\",\"value\":\"il775u.sonsofodin.com\",\"edge_strategy_id\":1}}}");

    Route created =
        routes.createRoute(
            new RouteSpec(RouteType.HOST, "il775u.sonsofodin.com", "new route", Optional.of(1)));

    assertThat(flowroute.calls).containsExactly("POST /v2/routes", "PATCH /v2/routes/98396");
    assertThat(flowroute.bodies)
        .containsExactly(
            "{\"data\":{\"type\":\"route\",\"attributes\":{\"route_type\":\"host\","
                + "\"value\":\"il775u.sonsofodin.com\",\"alias\":\"new route\"}}}",
            "{\"data\":{\"type\":\"route\",\"attributes\":{\"edge_strategy_id\":1}}}");
    assertThat(created.edgeStrategyId()).contains(1);
  }

  @Test
  void never_reports_an_edge_strategy_flowroutes_answer_does_not_show() {
    flowroute.answer(201, RouteWireFormatTest.CREATED).answer(200, RouteWireFormatTest.CREATED);

    Route created =
        routes.createRoute(
            new RouteSpec(RouteType.HOST, "il775u.sonsofodin.com", "new route", Optional.of(2)));

    assertThat(created.edgeStrategyId()).isEmpty();
  }

  @Test
  void updates_a_route_with_the_same_envelope_and_no_edge_strategy_when_none_is_asked() {
    flowroute.answer(200, "{\"data\":" + RouteWireFormatTest.ROUTE + "}");

    routes.updateRoute(
        new RouteId("83834"),
        new RouteSpec(RouteType.NUMBER, "12065551212", "PSTNroute1", Optional.empty()));

    assertThat(flowroute.calls).containsExactly("PATCH /v2/routes/83834");
    assertThat(flowroute.bodies)
        .containsExactly(
            "{\"data\":{\"type\":\"route\",\"attributes\":{\"route_type\":\"number\","
                + "\"value\":\"12065551212\",\"alias\":\"PSTNroute1\"}}}");
  }

  @Test
  void assigns_primary_and_failover_routes_with_a_resource_identifier() {
    flowroute.answer(204).answer(204);

    routes.assignRoute(NUMBER, RouteSlot.PRIMARY, new RouteId("1234"));
    routes.assignRoute(NUMBER, RouteSlot.FAILOVER, new RouteId("98396"));

    assertThat(flowroute.calls)
        .containsExactly(
            "PATCH /v2/numbers/16502390214/relationships/primary_route",
            "PATCH /v2/numbers/16502390214/relationships/failover_route");
    assertThat(flowroute.bodies)
        .containsExactly(
            "{\"data\":{\"type\":\"route\",\"id\":\"1234\"}}",
            "{\"data\":{\"type\":\"route\",\"id\":\"98396\"}}");
  }

  @Test
  void removes_routes_with_a_bodiless_delete() {
    flowroute.answer(204).answer(204);

    routes.removeRoute(NUMBER, RouteSlot.PRIMARY);
    routes.removeRoute(NUMBER, RouteSlot.FAILOVER);

    assertThat(flowroute.calls)
        .containsExactly(
            "DELETE /v2/numbers/16502390214/relationships/primary_route",
            "DELETE /v2/numbers/16502390214/relationships/failover_route");
  }

  @ParameterizedTest
  @CsvSource({
    "SMS, sms_callback",
    "MMS, mms_callback",
    "SMS_DLR, sms_dlr_callback",
    "MMS_DLR, mms_dlr_callback"
  })
  void sets_a_did_callback_in_the_json_api_envelope_of_the_sdks(
      CallbackKind kind, String callbackType) {
    flowroute.answer(204);

    provider.setCallback(NUMBER, kind, "https://example.com/sms");

    assertThat(flowroute.calls)
        .containsExactly("POST /v2/numbers/16502390214/relationships/" + callbackType);
    assertThat(flowroute.bodies)
        .containsExactly(
            "{\"data\":{\"attributes\":{\"callback_url\":\"https://example.com/sms\"}}}");
  }

  @Test
  void searches_with_every_filter_and_the_newest_number_type_names() {
    flowroute.answer(200, EMPTY_PAGE).answer(200, EMPTY_PAGE);

    catalogue.searchAvailable(
        new NumberSearch(
            Optional.of("206"),
            Optional.of("55"),
            Optional.of("0100"),
            Optional.of("WA"),
            Optional.of("Seattle"),
            Optional.of(NumberType.LOCAL),
            Optional.of("monthly_cost,asc"),
            20,
            40));
    catalogue.searchAvailable(NumberSearches.ofType(NumberType.TOLL_FREE, 10));

    assertThat(flowroute.calls)
        .containsExactly(
            "GET /v2/numbers/available?starts_with=206&contains=55&ends_with=0100&state=wa"
                + "&rate_center=seattle&number_type=longcode&order_by=monthly_cost,asc"
                + "&limit=20&offset=40",
            "GET /v2/numbers/available?starts_with=null&contains=null&ends_with=null&state=null"
                + "&rate_center=null&number_type=toll-free&order_by=null&limit=10&offset=0");
  }

  @Test
  void lists_area_codes_and_exchanges_with_a_plain_maximum_setup_cost() {
    flowroute.answer(200, EMPTY_PAGE).answer(200, EMPTY_PAGE);

    catalogue.areaCodes(Optional.of(new BigDecimal("1.50")), 400, 0);
    catalogue.exchanges(Optional.of("206"), Optional.of(new BigDecimal("1E+1")), 10, 10);

    assertThat(flowroute.calls)
        .containsExactly(
            "GET /v2/numbers/available/areacodes?max_setup_cost=1.50&limit=400&offset=0",
            "GET /v2/numbers/available/exchanges?areacode=206&max_setup_cost=10&limit=10&offset=10");
  }
}
