package dev.switchboard.sandbox.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.sandbox.emulator.account.CatalogueNumber;
import org.junit.jupiter.api.Test;

class NumberPurchaseTest extends EmulatorTestBase {

  private static String forSale() {
    return emulator.catalogue().get(0).number();
  }

  @Test
  void purchase_moves_a_number_from_the_catalogue_to_the_account() {
    String number = forSale();

    FlowrouteClient.Response bought = client.post("/v2/numbers/" + number);

    assertThat(bought.status()).isEqualTo(201);
    JsonNode data = bought.json().path("data");
    assertThat(data.path("id").asText()).isEqualTo(number);
    assertThat(data.path("type").asText()).isEqualTo("number");
    assertThat(data.path("attributes").path("value").asText()).isEqualTo(number);
    assertThat(data.path("attributes").path("alias").isNull()).isTrue();
    assertThat(data.path("attributes").path("cnam_lookups_enabled").asBoolean()).isFalse();
    assertThat(data.path("attributes").path("number_type").asText()).isEqualTo("standard");
    assertThat(data.path("attributes").path("rate_center").asText()).isEqualTo("oradell");
    assertThat(data.path("attributes").path("state").asText()).isEqualTo("nj");
    assertThat(data.path("relationships").path("primary_route").path("data").path("id").asText())
        .isEqualTo("0");
    assertThat(data.path("relationships").path("failover_route").path("data").isNull()).isTrue();
    assertThat(data.path("relationships").path("e911_address").path("data").isNull()).isTrue();
    assertThat(data.path("relationships").path("cnam_preset").path("data").isNull()).isTrue();
    assertThat(
            bought.json().path("included").path(0).path("attributes").path("route_type").asText())
        .isEqualTo("sip-reg");
    assertThat(bought.json().path("links").path("self").asText())
        .isEqualTo(emulator.url() + "/v2/numbers/" + number);
    assertThat(emulator.catalogue()).extracting(CatalogueNumber::number).doesNotContain(number);
    assertThat(emulator.number(number)).isPresent();
    assertThat(client.get("/v2/numbers/available?starts_with=" + number).json().path("data"))
        .isEmpty();
    assertThat(client.get("/v2/numbers/" + number).status()).isEqualTo(200);
  }

  @Test
  void refuses_to_sell_a_number_twice_or_one_not_in_the_catalogue() {
    String number = forSale();
    client.post("/v2/numbers/" + number);

    assertFlowrouteError(client.post("/v2/numbers/" + number), 404);
    assertFlowrouteError(client.post("/v2/numbers/" + OURS), 404);
    assertFlowrouteError(client.post("/v2/numbers/19995550123"), 404);
  }

  @Test
  void reads_the_purchase_flags_from_the_query() throws Exception {
    String number = forSale();

    JsonNode data =
        client
            .post("/v2/numbers/" + number + "?cnam_lookups_enabled=true&messaging_enabled=true")
            .json()
            .path("data");

    assertThat(data.path("attributes").path("cnam_lookups_enabled").asBoolean()).isTrue();
    awaitMessaging(number);
    assertThat(client.sendSms(number, PHONE, "from a new number").status()).isEqualTo(202);
  }

  /**
   * Flowroute's Numbers v2 documents carry no messaging_enabled, and message provisioning finishes
   * after the purchase: until then the number cannot send.
   */
  @Test
  void provisions_messaging_after_the_purchase_and_never_shows_the_field() throws Exception {
    String number = forSale();

    JsonNode bought = client.post("/v2/numbers/" + number + "?messaging_enabled=true").json();

    assertThat(bought.path("data").path("attributes").has("messaging_enabled")).isFalse();
    assertThat(emulator.number(number).orElseThrow().messagingEnabled()).isFalse();
    assertThat(client.sendSms(number, PHONE, "too early").status()).isEqualTo(403);
    awaitMessaging(number);
    assertThat(client.sendSms(number, PHONE, "now").status()).isEqualTo(202);
    assertThat(
            client
                .get("/v2/numbers/" + number)
                .json()
                .path("data")
                .path("attributes")
                .has("messaging_enabled"))
        .isFalse();
    assertThat(
            client
                .get("/v2/numbers?starts_with=" + number)
                .json()
                .path("data")
                .path(0)
                .path("attributes")
                .has("messaging_enabled"))
        .isFalse();
  }

  @Test
  void reads_the_purchase_flags_from_a_flat_body_as_strings_or_booleans() {
    String number = forSale();

    FlowrouteClient.Response bought =
        client.post(
            "/v2/numbers/" + number,
            "{\"cnam_lookups_enabled\":\"true\",\"messaging_enabled\":false}");

    assertThat(bought.status()).isEqualTo(201);
    assertThat(emulator.number(number).orElseThrow().cnamLookupsEnabled()).isTrue();
    assertThat(emulator.number(number).orElseThrow().messagingEnabled()).isFalse();
    assertFieldError(
        client.post("/v2/numbers/" + forSale(), "{\"messaging_enabled\":\"maybe\"}"),
        "messaging_enabled");
  }

  @Test
  void answers_207_when_messaging_cannot_be_enabled_and_keeps_the_number() {
    emulator.faults().failNextMessagingProvisioning(1);
    String number = forSale();

    FlowrouteClient.Response bought =
        client.post("/v2/numbers/" + number + "?messaging_enabled=true");

    assertThat(bought.status()).isEqualTo(207);
    assertThat(bought.json().path("data").path("id").asText()).isEqualTo(number);
    assertThat(bought.json().path("data").path("attributes").has("messaging_enabled")).isFalse();
    JsonNode error = bought.json().path("errors").path(0);
    assertThat(error.path("detail").asText()).contains("messaging could not be enabled");
    assertThat(error.path("source").path("pointer").asText())
        .isEqualTo("/data/attributes/messaging_enabled");
    assertThat(emulator.number(number).orElseThrow().messagingEnabled()).isFalse();
    assertThat(emulator.faults().pendingMessagingProvisioningFailures()).isZero();
    String next = forSale();
    assertThat(client.post("/v2/numbers/" + next + "?messaging_enabled=true").status())
        .isEqualTo(201);
  }

  @Test
  void the_messaging_fault_can_be_set_over_http_and_applies_to_updates() throws Exception {
    client.post("/sandbox/faults", "{\"messaging_provisioning_failures\":1}");

    FlowrouteClient.Response patched =
        client.patch(
            "/v2/numbers/12065550103",
            "{\"type\":\"number\",\"alias\":\"desk\",\"messaging_enabled\":true}");

    assertThat(patched.status()).isEqualTo(207);
    assertThat(patched.json().path("data").path("attributes").path("alias").asText())
        .isEqualTo("desk");
    assertThat(patched.json().path("errors")).hasSize(1);
    assertThat(emulator.number("12065550103").orElseThrow().messagingEnabled()).isFalse();
    assertThat(
            client
                .patch(
                    "/v2/numbers/12065550103", "{\"type\":\"number\",\"messaging_enabled\":true}")
                .status())
        .isEqualTo(200);
    awaitMessaging("12065550103");
  }

  @Test
  void release_puts_the_number_back_in_the_catalogue() {
    String number = forSale();
    client.post("/v2/numbers/" + number);

    FlowrouteClient.Response released = client.delete("/v2/numbers/" + number);

    assertThat(released.status()).isEqualTo(204);
    assertThat(emulator.number(number)).isEmpty();
    assertThat(emulator.catalogue()).extracting(CatalogueNumber::number).contains(number);
    assertThat(client.get("/v2/numbers/" + number).status()).isEqualTo(404);
  }

  @Test
  void releasing_a_seeded_number_offers_it_for_sale() {
    assertThat(client.delete("/v2/numbers/" + OURS).status()).isEqualTo(204);

    JsonNode found =
        client.get("/v2/numbers/available?starts_with=" + OURS).json().path("data").path(0);
    assertThat(found.path("attributes").path("rate_center").asText()).isEqualTo("seattle");
    assertThat(client.post("/v2/numbers/" + OURS).status()).isEqualTo(201);
  }

  @Test
  void refuses_to_release_a_number_not_on_the_account_without_a_title() {
    FlowrouteClient.Response response = client.delete("/v2/numbers/" + forSale());

    assertThat(response.status()).isEqualTo(404);
    JsonNode error = response.error();
    assertThat(error.path("detail").asText())
        .isEqualTo("Could not find that resource on your account.");
    assertThat(error.has("title")).isFalse();
    assertThat(error.path("status").asInt()).isEqualTo(404);
    assertThat(error.path("id").asText()).hasSize(36);
  }

  @Test
  void updates_alias_and_flags_given_as_strings_or_booleans() {
    FlowrouteClient.Response patched =
        client.patch(
            "/v2/numbers/" + OURS,
            "{\"type\":\"number\",\"alias\":\"Front desk\",\"cnam_lookups_enabled\":\"true\"}");

    assertThat(patched.status()).isEqualTo(200);
    JsonNode attributes = patched.json().path("data").path("attributes");
    assertThat(attributes.path("alias").asText()).isEqualTo("Front desk");
    assertThat(attributes.path("cnam_lookups_enabled").asBoolean()).isTrue();
    assertThat(attributes.has("messaging_enabled")).isFalse();
    assertThat(
            client
                .patch("/v2/numbers/" + OURS, "{\"type\":\"number\",\"messaging_enabled\":false}")
                .status())
        .isEqualTo(200);
    assertThat(emulator.number(OURS).orElseThrow().messagingEnabled()).isFalse();
    assertThat(client.sendSms(OURS, PHONE, "x").status()).isEqualTo(403);
  }

  @Test
  void refuses_invalid_updates() {
    assertFieldError(
        client.patch(
            "/v2/numbers/" + OURS, "{\"type\":\"number\",\"alias\":\"" + "a".repeat(65) + "\"}"),
        "alias");
    assertThat(
            client
                .patch(
                    "/v2/numbers/" + OURS,
                    "{\"type\":\"number\",\"alias\":\"" + "a".repeat(64) + "\"}")
                .status())
        .isEqualTo(200);
    assertFieldError(
        client.patch("/v2/numbers/" + OURS, "{\"type\":\"number\",\"cnam_lookups_enabled\":3}"),
        "cnam_lookups_enabled");
    assertFieldError(client.patch("/v2/numbers/" + OURS, "{\"type\":\"route\"}"), "type");
    assertThat(
            client
                .patch("/v2/numbers/" + forSale(), "{\"type\":\"number\",\"alias\":\"x\"}")
                .status())
        .isEqualTo(404);
  }

  @Test
  void lists_the_account_numbers_with_filters_and_paging() {
    FlowrouteClient.Response first = client.get("/v2/numbers?starts_with=206&limit=3");

    assertThat(first.status()).isEqualTo(200);
    JsonNode data = first.json().path("data");
    assertThat(data).hasSize(3);
    assertThat(data.path(0).path("id").asText()).isEqualTo("12065550100");
    assertThat(data.path(0).path("links").path("self").asText())
        .isEqualTo(emulator.url() + "/v2/numbers/12065550100");
    assertThat(data.path(0).path("attributes").path("state").asText()).isEqualTo("wa");
    assertThat(first.json().path("links").path("self").asText())
        .isEqualTo(emulator.url() + "/v2/numbers?starts_with=1206&limit=3&offset=0");
    String next = first.json().path("links").path("next").asText();
    assertThat(next).isEqualTo(emulator.url() + "/v2/numbers?starts_with=1206&limit=3&offset=3");
    JsonNode second = client.get(next.substring(emulator.url().length())).json();
    assertThat(second.path("data")).hasSize(1);
    assertThat(second.path("links").has("next")).isFalse();

    emulator.setAliasBehindTheBack("12065550102", "Front desk");
    JsonNode byAlias = client.get("/v2/numbers?alias=Front%20desk").json().path("data");
    assertThat(byAlias).hasSize(1);
    assertThat(byAlias.path(0).path("id").asText()).isEqualTo("12065550102");
    assertThat(client.get("/v2/numbers?ends_with=0101").json().path("data")).hasSize(1);
    assertThat(client.get("/v2/numbers?contains=555010").json().path("data")).hasSize(4);
    assertFlowrouteError(client.get("/v2/numbers?limit=201"), 422);
    assertThat(client.get("/v2/numbers?limit=200").status()).isEqualTo(200);
  }

  @Test
  void answers_404_for_details_of_a_number_not_on_the_account() {
    assertThat(client.get("/v2/numbers/" + forSale()).status()).isEqualTo(404);
    assertThat(client.get("/v2/numbers/" + forSale()).error().path("detail").asText())
        .isEqualTo("Could not find that resource on your account.");
  }
}
