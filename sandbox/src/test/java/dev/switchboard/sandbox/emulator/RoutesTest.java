package dev.switchboard.sandbox.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.sandbox.emulator.account.RouteRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoutesTest extends EmulatorTestBase {

  private static String routeBody(String alias, String type, String value, String extra) {
    return "{\"data\":{\"type\":\"route\",\"attributes\":{\"alias\":\""
        + alias
        + "\",\"route_type\":\""
        + type
        + "\",\"value\":\""
        + value
        + "\""
        + extra
        + "}}}";
  }

  private static String create(String alias, String type, String value) {
    FlowrouteClient.Response created = client.post("/v2/routes", routeBody(alias, type, value, ""));
    assertThat(created.status()).isEqualTo(201);
    return created.json().path("data").path("id").asText();
  }

  @Test
  void the_account_starts_with_the_sip_reg_route() {
    FlowrouteClient.Response response = client.get("/v2/routes");

    assertThat(response.status()).isEqualTo(200);
    JsonNode data = response.json().path("data");
    assertThat(data).hasSize(1);
    assertThat(data.path(0).path("id").asText()).isEqualTo("0");
    assertThat(data.path(0).path("type").asText()).isEqualTo("route");
    assertThat(data.path(0).path("attributes").path("alias").asText()).isEqualTo("sip-reg");
    assertThat(data.path(0).path("attributes").path("route_type").asText()).isEqualTo("sip-reg");
    assertThat(data.path(0).path("attributes").path("value").isNull()).isTrue();
    assertThat(response.json().path("links").path("self").asText())
        .isEqualTo(emulator.url() + "/v2/routes?limit=10&offset=0");
  }

  @Test
  void creates_a_route_from_the_documented_attributes_and_leaves_an_sdk_edge_strategy_unapplied() {
    FlowrouteClient.Response created =
        client.post(
            "/v2/routes",
            routeBody("new route", "host", "il775u.sonsofodin.com", ",\"edge_strategy\":\"1\""));

    assertThat(created.status()).isEqualTo(201);
    JsonNode data = created.json().path("data");
    String id = data.path("id").asText();
    assertThat(id).matches("\\d+");
    assertThat(data.path("type").asText()).isEqualTo("route");
    assertThat(data.path("attributes").path("alias").asText()).isEqualTo("new route");
    assertThat(data.path("attributes").path("route_type").asText()).isEqualTo("host");
    assertThat(data.path("attributes").path("value").asText()).isEqualTo("il775u.sonsofodin.com");
    assertThat(data.path("attributes").has("edge_strategy_id")).isFalse();
    assertThat(data.path("links").path("self").asText())
        .isEqualTo(emulator.url() + "/v2/routes/" + id);
    assertThat(created.json().path("links").path("self").asText())
        .isEqualTo(emulator.url() + "/v2/routes/" + id);
    assertThat(emulator.routes()).extracting(RouteRecord::id).containsExactly("0", id);
  }

  @Test
  void gives_increasing_ids_and_sets_the_edge_strategy_with_the_documented_update() {
    String first = create("a", "number", "16476998778");
    String second = create("b", "uri", "sip:alice@atlanta.com");

    FlowrouteClient.Response patched =
        client.patch(
            "/v2/routes/" + second,
            "{\"data\":{\"type\":\"route\",\"attributes\":{\"edge_strategy_id\":4}}}");

    assertThat(Long.parseLong(second)).isGreaterThan(Long.parseLong(first));
    assertThat(patched.status()).isEqualTo(200);
    assertThat(patched.json().path("data").path("attributes").path("edge_strategy_id").asInt())
        .isEqualTo(4);
  }

  @ParameterizedTest
  @CsvSource({
    "host, 24.239.23.40:5060",
    "host, myphone.com",
    "host, pbx.example.com;transport=tls",
    "host, 10.0.0.1;weight=1000",
    "number, 16476998778",
    "number, 16476998778;weight=0",
    "uri, sip:alice@atlanta.com",
    "uri, sip:16476998778@215.122.69.152:5060;transport=tcp",
    "uri, sips:securecall@securedserver.com",
    "uri, sip:bob@biloxi.example.com;transport=udp;weight=30"
  })
  void accepts_values_flowroute_documents(String type, String value) {
    FlowrouteClient.Response created =
        client.post("/v2/routes", routeBody("r " + value, type, value, ""));

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.json().path("data").path("attributes").path("value").asText())
        .isEqualTo(value);
  }

  @ParameterizedTest
  @CsvSource({
    "host, '', value",
    "host, 'bad host!', value",
    "host, 300.1.1.1, value",
    "host, myphone.com:70000, value",
    "host, myphone.com;transport=sctp, value",
    "host, myphone.com;weight=1001, value",
    "host, myphone.com;weight=-1, value",
    "host, myphone.com;colour=red, value",
    "number, 6476998778, value",
    "number, 16476998778;transport=tls, value",
    "uri, alice@atlanta.com, value",
    "uri, http://atlanta.com, value",
    "uri, sip:atlanta.com, value",
    "sip-reg, x, route_type",
    "fax, x, route_type"
  })
  void refuses_invalid_routes_with_a_field_level_detail(String type, String value, String field) {
    assertFieldError(client.post("/v2/routes", routeBody("r", type, value, "")), field);
  }

  @Test
  void refuses_missing_fields_and_unknown_edge_strategies() {
    assertFieldError(
        client.post(
            "/v2/routes",
            "{\"data\":{\"type\":\"route\",\"attributes\":{\"route_type\":\"host\","
                + "\"value\":\"a.example\"}}}"),
        "alias");
    assertFieldError(
        client.post(
            "/v2/routes",
            "{\"data\":{\"type\":\"route\",\"attributes\":{\"alias\":\"x\",\"value\":\"a.example\"}}}"),
        "route_type");
    assertThat(emulator.routes()).hasSize(1);
  }

  @Test
  void refuses_a_duplicate_alias_with_403() {
    create("office", "host", "a.example");

    FlowrouteClient.Response duplicate =
        client.post("/v2/routes", routeBody("office", "host", "b.example", ""));

    assertFlowrouteError(duplicate, 403);
    assertThat(duplicate.error().path("title").asText()).isEqualTo("ActionNotAuthorizedError");
    assertFlowrouteError(
        client.post("/v2/routes", routeBody("sip-reg", "host", "b.example", "")), 403);
  }

  @Test
  void updates_a_route() {
    String id = create("office", "host", "a.example");

    FlowrouteClient.Response updated =
        client.patch(
            "/v2/routes/" + id,
            "{\"data\":{\"type\":\"route\",\"attributes\":{\"alias\":\"office 2\","
                + "\"route_type\":\"uri\",\"value\":\"sip:desk@b.example\",\"edge_strategy_id\":2}}}");

    assertThat(updated.status()).isEqualTo(200);
    JsonNode attributes = updated.json().path("data").path("attributes");
    assertThat(attributes.path("alias").asText()).isEqualTo("office 2");
    assertThat(attributes.path("route_type").asText()).isEqualTo("uri");
    assertThat(attributes.path("value").asText()).isEqualTo("sip:desk@b.example");
    assertThat(attributes.path("edge_strategy_id").asInt()).isEqualTo(2);
    assertThat(updated.json().path("links").path("self").asText())
        .isEqualTo(emulator.url() + "/v2/routes/" + id);
    assertFieldError(
        client.patch(
            "/v2/routes/" + id,
            "{\"data\":{\"type\":\"route\",\"attributes\":{\"route_type\":\"number\"}}}"),
        "value");
    assertFieldError(
        client.patch(
            "/v2/routes/" + id,
            "{\"data\":{\"type\":\"route\",\"attributes\":{\"edge_strategy_id\":0}}}"),
        "edge_strategy_id");
    assertFlowrouteError(
        client.patch("/v2/routes/999999", "{\"data\":{\"attributes\":{\"alias\":\"x\"}}}"), 404);
    assertFlowrouteError(
        client.patch("/v2/routes/0", "{\"data\":{\"attributes\":{\"alias\":\"x\"}}}"), 403);
  }

  @Test
  void deletes_a_route_but_not_sip_reg_nor_unknown_ones() {
    String id = create("office", "host", "a.example");

    assertThat(client.delete("/v2/routes/" + id).status()).isEqualTo(204);
    assertThat(emulator.routes()).hasSize(1);
    assertFlowrouteError(client.delete("/v2/routes/" + id), 404);
    assertFlowrouteError(client.delete("/v2/routes/0"), 403);
  }

  @Test
  void refuses_to_delete_a_route_numbers_still_use() {
    String id = create("office", "host", "a.example");
    client.patch(
        "/v2/numbers/" + OURS + "/relationships/failover_route",
        "{\"data\":{\"type\":\"route\",\"id\":\"" + id + "\"}}");

    FlowrouteClient.Response refused = client.delete("/v2/routes/" + id);

    assertFlowrouteError(refused, 403);
    assertThat(refused.error().path("detail").asText())
        .isEqualTo(
            "This Route has numbers still associated to it. Please disassociate all numbers"
                + " before deleting.");
    client.delete("/v2/numbers/" + OURS + "/relationships/failover_route");
    assertThat(client.delete("/v2/routes/" + id).status()).isEqualTo(204);
  }

  @Test
  void lists_routes_by_type_with_paging() {
    for (int i = 0; i < 4; i++) {
      create("host " + i, "host", "h" + i + ".example");
    }
    create("pstn", "number", "16476998778");

    JsonNode hosts = client.get("/v2/routes?route_type=host&limit=3").json();
    assertThat(hosts.path("data")).hasSize(3);
    assertThat(hosts.path("links").path("next").asText())
        .isEqualTo(emulator.url() + "/v2/routes?route_type=host&limit=3&offset=3");
    JsonNode rest = client.get("/v2/routes?route_type=host&limit=3&offset=3").json();
    assertThat(rest.path("data")).hasSize(1);
    assertThat(rest.path("links").has("next")).isFalse();
    assertThat(client.get("/v2/routes?route_type=number").json().path("data")).hasSize(1);
    assertFieldError(client.get("/v2/routes?route_type=fax"), "route_type");
    assertFlowrouteError(client.get("/v2/routes?limit=201"), 422);
  }

  @Test
  void lists_the_edge_strategies() {
    JsonNode data = client.get("/v2/routes/edge_strategies").json().path("data");

    assertThat(data).hasSize(4);
    JsonNode virginia = data.path(3);
    assertThat(virginia.path("id").isInt()).isTrue();
    assertThat(virginia.path("id").asInt()).isEqualTo(4);
    assertThat(virginia.path("type").asText()).isEqualTo("edge_strategy");
    assertThat(virginia.path("attributes").path("name").asText()).isEqualTo("US-East-VA");
    assertThat(virginia.path("attributes").path("naptr").asText())
        .isEqualTo("us-east-va.sip.flowroute.com");
    assertThat(virginia.path("attributes").path("firewall_rules").asText())
        .isEqualTo("34.226.36.32/28, 34.226.36.32-34.226.36.47");
    assertThat(virginia.path("attributes").path("description").asText()).isNotBlank();
  }

  @Test
  void assigns_primary_and_failover_routes_shown_in_the_details() {
    String primary = create("primary", "host", "a.example;weight=70");
    String failover = create("failover", "number", "16476998778;weight=30");

    assertThat(
            client
                .patch(
                    "/v2/numbers/" + OURS + "/relationships/primary_route",
                    "{\"data\":{\"type\":\"route\",\"id\":\"" + primary + "\"}}")
                .status())
        .isEqualTo(204);
    assertThat(
            client
                .patch(
                    "/v2/numbers/" + OURS + "/relationships/failover_route",
                    "{\"id\":" + failover + "}")
                .status())
        .isEqualTo(204);

    JsonNode details = client.get("/v2/numbers/" + OURS).json();
    JsonNode relationships = details.path("data").path("relationships");
    assertThat(relationships.path("primary_route").path("data").path("id").asText())
        .isEqualTo(primary);
    assertThat(relationships.path("primary_route").path("data").path("type").asText())
        .isEqualTo("route");
    assertThat(relationships.path("failover_route").path("data").path("id").asText())
        .isEqualTo(failover);
    assertThat(details.path("included")).hasSize(2);
    assertThat(details.path("included").path(0).path("id").asText()).isEqualTo(primary);
    assertThat(details.path("included").path(1).path("attributes").path("value").asText())
        .isEqualTo("16476998778;weight=30");
    assertThat(emulator.number(OURS).orElseThrow().primaryRouteId()).isEqualTo(primary);
  }

  @Test
  void accepts_the_compact_type_and_id_form() {
    String id = create("primary", "host", "a.example");

    assertThat(
            client
                .patch(
                    "/v2/numbers/" + OURS + "/relationships/primary_route",
                    "{\"type\":\"route\",\"id\":\"" + id + "\"}")
                .status())
        .isEqualTo(204);
    assertThat(emulator.number(OURS).orElseThrow().primaryRouteId()).isEqualTo(id);
  }

  @Test
  void refuses_to_assign_unknown_routes_or_to_unknown_numbers() {
    String id = create("primary", "host", "a.example");
    String body = "{\"data\":{\"type\":\"route\",\"id\":\"" + id + "\"}}";

    assertFlowrouteError(
        client.patch(
            "/v2/numbers/" + OURS + "/relationships/primary_route",
            "{\"data\":{\"type\":\"route\",\"id\":\"424242\"}}"),
        404);
    assertThat(
            client
                .patch(
                    "/v2/numbers/"
                        + emulator.catalogue().get(0).number()
                        + "/relationships/primary_route",
                    body)
                .status())
        .isEqualTo(404);
    assertFieldError(
        client.patch("/v2/numbers/" + OURS + "/relationships/primary_route", "{\"data\":{}}"),
        "id");
  }

  @Test
  void removing_routes_reverts_primary_to_sip_reg_and_failover_to_none() {
    String id = create("r", "host", "a.example");
    emulator.setPrimaryRouteBehindTheBack(OURS, id);
    emulator.setFailoverRouteBehindTheBack(OURS, id);

    assertThat(client.delete("/v2/numbers/" + OURS + "/relationships/primary_route").status())
        .isEqualTo(204);
    assertThat(client.delete("/v2/numbers/" + OURS + "/relationships/failover_route").status())
        .isEqualTo(204);

    JsonNode relationships =
        client.get("/v2/numbers/" + OURS).json().path("data").path("relationships");
    assertThat(relationships.path("primary_route").path("data").path("id").asText()).isEqualTo("0");
    assertThat(relationships.path("failover_route").path("data").isNull()).isTrue();
    assertThat(
            client
                .delete(
                    "/v2/numbers/"
                        + emulator.catalogue().get(0).number()
                        + "/relationships/primary_route")
                .status())
        .isEqualTo(404);
  }

  @Test
  void releasing_a_number_drops_its_routes() {
    String id = create("r", "host", "a.example");
    emulator.setPrimaryRouteBehindTheBack(OURS, id);

    client.delete("/v2/numbers/" + OURS);

    assertThat(client.delete("/v2/routes/" + id).status()).isEqualTo(204);
    client.post("/v2/numbers/" + OURS);
    assertThat(emulator.number(OURS).orElseThrow().primaryRouteId()).isEqualTo("0");
  }
}
