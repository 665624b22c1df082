package dev.switchboard.sandbox.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.sandbox.emulator.account.AccountNumber;
import dev.switchboard.sandbox.emulator.account.CatalogueNumber;
import dev.switchboard.sandbox.emulator.account.NumberDetails;
import dev.switchboard.sandbox.emulator.account.RouteBook;
import dev.switchboard.sandbox.emulator.account.RouteRecord;
import org.junit.jupiter.api.Test;

class NumberSandboxHooksTest extends EmulatorTestBase {

  @Test
  void when_down_every_flowroute_endpoint_answers_503_but_the_sandbox_answers() {
    emulator.setDown(true);

    for (String path :
        new String[] {
          "/v2/numbers",
          "/v2/numbers/available",
          "/v2/numbers/" + OURS,
          "/v2/routes",
          "/v2.1/messages?start_date=2020-01-01"
        }) {
      FlowrouteClient.Response response = client.get(path);
      assertFlowrouteError(response, 503);
    }
    assertFlowrouteError(client.post("/v2/numbers/" + emulator.catalogue().get(0).number()), 503);
    assertThat(emulator.numbers()).hasSize(4);
    assertThat(client.get("/sandbox/numbers").status()).isEqualTo(200);
    assertThat(client.get("/sandbox/faults").json().path("down").asBoolean()).isTrue();

    emulator.setDown(false);
    assertThat(client.get("/v2/numbers").status()).isEqualTo(200);
  }

  @Test
  void down_can_be_switched_over_http_and_reset_clears_it() {
    client.post("/sandbox/faults", "{\"down\":true}");
    assertFlowrouteError(client.get("/v2/routes"), 503);

    emulator.reset();

    assertThat(client.get("/v2/routes").status()).isEqualTo(200);
    assertThat(emulator.faults().down()).isFalse();
  }

  @Test
  void owning_a_number_behind_the_back_shows_in_the_api_and_leaves_the_catalogue() {
    String number = emulator.catalogue().get(5).number();

    NumberDetails owned = emulator.ownNumber(number, true);

    assertThat(owned.primaryRouteId()).isEqualTo("0");
    assertThat(owned.messagingEnabled()).isTrue();
    assertThat(emulator.catalogue()).extracting(CatalogueNumber::number).doesNotContain(number);
    assertThat(client.get("/v2/numbers/" + number).status()).isEqualTo(200);
    assertThat(emulator.numberDetails()).contains(owned);
    assertThatThrownBy(() -> emulator.ownNumber(number))
        .isInstanceOf(IllegalArgumentException.class);
    NumberDetails madeUp = emulator.ownNumber("18445550000");
    assertThat(madeUp.numberType()).isEqualTo("tollfree");
  }

  @Test
  void releasing_and_renaming_behind_the_back_change_what_flowroute_answers() {
    emulator.releaseBehindTheBack("12065550101");
    emulator.setAliasBehindTheBack(OURS, "Renamed elsewhere");

    assertThat(client.get("/v2/numbers/12065550101").status()).isEqualTo(404);
    assertThat(
            client
                .get("/v2/numbers/" + OURS)
                .json()
                .path("data")
                .path("attributes")
                .path("alias")
                .asText())
        .isEqualTo("Renamed elsewhere");
    assertThatThrownBy(() -> emulator.releaseBehindTheBack("12065550101"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> emulator.setPrimaryRouteBehindTheBack(OURS, "777"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void changes_the_account_over_sandbox_endpoints() {
    RouteRecord route = emulator.createRouteBehindTheBack("portal route", "host", "pbx.example");
    String number = emulator.catalogue().get(0).number();

    FlowrouteClient.Response owned =
        client.post(
            "/sandbox/numbers", "{\"number\":\"+" + number + "\",\"messaging_enabled\":true}");
    FlowrouteClient.Response changed =
        client.patch(
            "/sandbox/numbers/" + number,
            "{\"alias\":\"drift\",\"primary_route\":\""
                + route.id()
                + "\",\"failover_route\":\"0\"}");

    assertThat(owned.status()).isEqualTo(201);
    assertThat(owned.json().path("messaging_enabled").asBoolean()).isTrue();
    assertThat(changed.status()).isEqualTo(200);
    assertThat(changed.json().path("alias").asText()).isEqualTo("drift");
    assertThat(changed.json().path("primary_route").asText()).isEqualTo(route.id());
    assertThat(changed.json().path("failover_route").asText()).isEqualTo("0");
    JsonNode listed = client.get("/sandbox/numbers").json().path("numbers");
    assertThat(listed).hasSize(5);
    assertThat(client.get("/sandbox/routes").json().path("routes")).hasSize(2);
    assertThat(client.delete("/sandbox/numbers/" + number).status()).isEqualTo(204);
    assertThat(client.delete("/sandbox/numbers/" + number).status()).isEqualTo(404);
    assertThat(client.post("/sandbox/numbers", "{\"number\":\"12\"}").status()).isEqualTo(422);
    assertThat(
            client.get("/sandbox/catalogue").json().path("numbers").path(0).path("number").asText())
        .isEqualTo(number);
  }

  @Test
  void reset_restores_numbers_catalogue_and_routes() {
    int forSale = emulator.catalogue().size();
    String number = emulator.catalogue().get(0).number();
    client.post("/v2/numbers/" + number);
    client.delete("/v2/numbers/" + OURS);
    emulator.createRouteBehindTheBack("r", "uri", "sip:a@b.example");
    emulator.setAliasBehindTheBack("12065550102", "x");
    emulator.faults().failNextMessagingProvisioning(3);

    emulator.reset();

    assertThat(emulator.catalogue()).hasSize(forSale);
    assertThat(emulator.catalogue().get(0).number()).isEqualTo(number);
    assertThat(emulator.numbers())
        .extracting(AccountNumber::number)
        .containsExactly("12065550100", "12065550101", "12065550102", "12065550103");
    assertThat(emulator.number("12065550102").orElseThrow().alias()).isNull();
    assertThat(emulator.routes()).extracting(RouteRecord::id).containsExactly("0");
    assertThat(emulator.faults().pendingMessagingProvisioningFailures()).isZero();
    RouteRecord again = emulator.createRouteBehindTheBack("r", "uri", "sip:a@b.example");
    assertThat(again.id()).isEqualTo(String.valueOf(RouteBook.FIRST_ID));
  }

  @Test
  void the_same_catalogue_at_every_start() {
    try (FlowrouteEmulator other = FlowrouteEmulator.startOnFreePort()) {
      assertThat(other.catalogue()).isEqualTo(emulator.catalogue());
    }
  }
}
