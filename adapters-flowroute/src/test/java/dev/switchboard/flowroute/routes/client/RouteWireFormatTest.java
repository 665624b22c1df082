package dev.switchboard.flowroute.routes.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.domain.routes.EdgeStrategy;
import dev.switchboard.domain.routes.Route;
import dev.switchboard.domain.routes.RouteId;
import dev.switchboard.domain.routes.RouteSpec;
import dev.switchboard.domain.routes.RouteType;
import dev.switchboard.flowroute.Documents;
import dev.switchboard.flowroute.http.FlowrouteJson;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Flowroute's documented route and edge-strategy documents (Routes v2, §3), read. */
public class RouteWireFormatTest {

  public static final String ROUTE =
      """
      {
        "type": "route",
        "id": "83834",
        "attributes": {
          "alias": "PSTNroute1",
          "route_type": "number",
          "value": "12065551212",
          "edge_strategy_id": 1
        },
        "links": { "self": "https://api.flowroute.com/v2/routes/83834" }
      }
      """;

  public static final String CREATED =
      """
      {
        "data": {
          "attributes": { "alias": "new route", "route_type": "host", "value": "il775u.sonsofodin.com" },
          "id": "98396",
          "links": { "self": "https://api.flowroute.com/routes/98396" },
          "type": "route"
        },
        "links": { "self": "https://api.flowroute.com/routes/98396" }
      }
      """;

  static final String EDGE_STRATEGIES =
      """
      {
        "data": [
          {
            "type": "edge_strategy",
            "id": 4,
            "attributes": {
              "name": "US-East-VA",
              "description": "Traffic is sent preferentially from the North Virginia edge.",
              "naptr": "us-east-va.sip.flowroute.com",
              "firewall_rules": "34.226.36.32/28, 34.226.36.32-34.226.36.47"
            }
          }
        ]
      }
      """;

  private final ObjectMapper json = FlowrouteJson.mapper();

  @Test
  void reads_a_route_object() throws Exception {
    assertThat(
            FlowrouteRouteReader.route(
                Documents.resource(ROUTE, RouteResource.class), Optional.empty()))
        .isEqualTo(
            new Route(
                new RouteId("83834"),
                RouteType.NUMBER,
                "12065551212",
                "PSTNroute1",
                Optional.of(1)));
  }

  @Test
  void reads_the_sdk_forms_numeric_id_string_edge_strategy_and_numeric_value() throws Exception {
    RouteResource route =
        Documents.resource(
            """
            {"type":"route","id":83834,"attributes":{"alias":"PSTNroute1","route_type":"number",
              "value":12065551212,"edge_strategy":"2"}}
            """,
            RouteResource.class);

    assertThat(FlowrouteRouteReader.route(route, Optional.empty()))
        .isEqualTo(
            new Route(
                new RouteId("83834"),
                RouteType.NUMBER,
                "12065551212",
                "PSTNroute1",
                Optional.of(2)));
  }

  @Test
  void reads_an_edge_strategy_id_sent_as_a_string() throws Exception {
    RouteResource route =
        Documents.resource(
            """
            {"type":"route","id":"5","attributes":{"alias":"pbx","route_type":"host",
              "value":"pbx.example.com:5060;transport=tls;weight=10","edge_strategy_id":"3"}}
            """,
            RouteResource.class);

    Route read = FlowrouteRouteReader.route(route, Optional.empty());

    assertThat(read.edgeStrategyId()).contains(3);
    assertThat(read.value()).isEqualTo("pbx.example.com:5060;transport=tls;weight=10");
  }

  @Test
  void reads_the_built_in_sip_reg_route_among_the_routes_and_leaves_out_unknown_types() {
    String list =
        """
        {"data":[
          {"attributes":{"alias":"sip-reg","route_type":"sip-reg","value":null},"id":"0","type":"route"},
          {"attributes":{"alias":"hook","route_type":"webhook","value":"https://x.example"},"id":"9","type":"route"},
          """
            + ROUTE
            + """
        ],
         "links":{"self":"https://api.flowroute.com/v2/routes?limit=2&offset=0",
                  "next":"https://api.flowroute.com/v2/routes?limit=2&offset=2"}}
        """;

    assertThat(FlowrouteRouteReader.routes(Documents.collection(list, RouteResource.class)))
        .extracting(Route::id)
        .containsExactly(RouteId.SIP_REG, new RouteId("83834"));
    assertThat(FlowrouteRouteReader.routes(Documents.collection(list, RouteResource.class)).get(0))
        .isEqualTo(Route.sipReg());
  }

  @Test
  void reads_the_created_route_without_an_edge_strategy_the_answer_leaves_out() {
    RouteSpec asked =
        new RouteSpec(RouteType.HOST, "il775u.sonsofodin.com", "new route", Optional.of(1));

    Route created =
        FlowrouteRouteReader.route(
            Documents.single(CREATED, RouteResource.class).resource(), Optional.of(asked));

    assertThat(created)
        .isEqualTo(
            new Route(
                new RouteId("98396"),
                RouteType.HOST,
                "il775u.sonsofodin.com",
                "new route",
                Optional.empty()));
  }

  @Test
  void reads_the_edge_strategies_with_their_integer_ids() {
    assertThat(
            FlowrouteRouteReader.edgeStrategies(
                Documents.collection(EDGE_STRATEGIES, RouteResource.EdgeStrategy.class)))
        .containsExactly(
            new EdgeStrategy(
                4,
                "US-East-VA",
                "Traffic is sent preferentially from the North Virginia edge.",
                "us-east-va.sip.flowroute.com",
                "34.226.36.32/28, 34.226.36.32-34.226.36.47"));
  }

  @Test
  void reads_edge_strategy_ids_sent_as_strings() {
    assertThat(
            FlowrouteRouteReader.edgeStrategies(
                Documents.collection(
                    "{\"data\":[{\"type\":\"edge_strategy\",\"id\":\"2\",\"attributes\":{\"name\":\"US-West-OR\"}}]}",
                    RouteResource.EdgeStrategy.class)))
        .extracting(EdgeStrategy::id, EdgeStrategy::name)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "US-West-OR"));
  }
}
