package dev.switchboard.sandbox.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.sandbox.emulator.account.CatalogueNumber;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NumberSearchTest extends EmulatorTestBase {

  @Test
  void the_catalogue_has_a_few_hundred_numbers_in_several_states_and_toll_free() {
    List<CatalogueNumber> catalogue = emulator.catalogue();

    assertThat(catalogue).hasSizeBetween(200, 500);
    assertThat(catalogue).extracting(CatalogueNumber::state).contains("wa", "ny", "nj", "ca");
    assertThat(catalogue)
        .extracting(CatalogueNumber::areaCode)
        .contains("206", "425", "646", "212", "201", "650", "833", "844", "855");
    assertThat(catalogue)
        .filteredOn(CatalogueNumber::tollFree)
        .isNotEmpty()
        .allSatisfy(
            n -> {
              assertThat(n.rateCenter()).isNull();
              assertThat(n.monthlyCost()).isEqualByComparingTo("2.00");
            });
    assertThat(catalogue).extracting(CatalogueNumber::number).doesNotContain(OURS);
    assertThat(catalogue)
        .extracting(n -> n.number().substring(7))
        .doesNotContain("0003", "0005", "0006", "0007", "0009", "1110", "1116");
    assertThat(catalogue)
        .extracting(CatalogueNumber::setupCost)
        .anySatisfy(cost -> assertThat(cost).isEqualByComparingTo("3.99"));
  }

  @Test
  void searches_ten_numbers_by_default_with_self_and_next_links() {
    FlowrouteClient.Response response = client.get("/v2/numbers/available");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.header("Content-Type")).startsWith("application/vnd.api+json");
    JsonNode data = response.json().path("data");
    assertThat(data).hasSize(10);
    JsonNode first = data.path(0);
    String number = emulator.catalogue().get(0).number();
    assertThat(first.path("id").asText()).isEqualTo(number);
    assertThat(first.path("type").asText()).isEqualTo("number");
    assertThat(first.path("links").path("related").asText())
        .isEqualTo(emulator.url() + "/v2/numbers/" + number);
    JsonNode attributes = first.path("attributes");
    assertThat(attributes.path("value").asText()).isEqualTo(number);
    assertThat(attributes.path("monthly_cost").isNumber()).isTrue();
    assertThat(attributes.path("monthly_cost").decimalValue()).isEqualByComparingTo("1.25");
    assertThat(attributes.path("setup_cost").isNumber()).isTrue();
    assertThat(attributes.path("number_type").asText()).isEqualTo("standard");
    assertThat(attributes.path("rate_center").asText()).isEqualTo("oradell");
    assertThat(attributes.path("state").asText()).isEqualTo("nj");
    assertThat(response.json().path("links").path("self").asText())
        .isEqualTo(emulator.url() + "/v2/numbers/available?limit=10&offset=0");
    assertThat(response.json().path("links").path("next").asText())
        .isEqualTo(emulator.url() + "/v2/numbers/available?limit=10&offset=10");
  }

  @Test
  void prepends_the_country_code_to_starts_with_and_echoes_it_in_the_links() {
    FlowrouteClient.Response response =
        client.get("/v2/numbers/available?starts_with=646&contains=3&ends_with=7&limit=3");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().path("data"))
        .isNotEmpty()
        .allSatisfy(
            item ->
                assertThat(item.path("id").asText())
                    .startsWith("1646")
                    .endsWith("7")
                    .contains("3"));
    assertThat(response.json().path("links").path("self").asText())
        .isEqualTo(
            emulator.url()
                + "/v2/numbers/available?contains=3&ends_with=7&starts_with=1646&limit=3&offset=0");
  }

  @Test
  void filters_by_state_and_rate_center_case_insensitively() {
    FlowrouteClient.Response response =
        client.get("/v2/numbers/available?state=NY&rate_center=New%20York&limit=200");

    List<String> areaCodes = new ArrayList<>();
    response
        .json()
        .path("data")
        .forEach(
            item -> {
              assertThat(item.path("attributes").path("state").asText()).isEqualTo("ny");
              assertThat(item.path("attributes").path("rate_center").asText())
                  .isEqualTo("new york");
              areaCodes.add(item.path("id").asText().substring(1, 4));
            });
    assertThat(areaCodes).contains("646", "212").containsOnly("646", "212");
    assertThat(response.json().path("links").path("self").asText())
        .contains("rate_center=new+york", "state=ny");
  }

  @Test
  void refuses_a_rate_center_without_a_state() {
    FlowrouteClient.Response response = client.get("/v2/numbers/available?rate_center=seattle");

    assertFieldError(response, "rate_center");
    assertThat(response.error().path("id").asText()).hasSize(36);
  }

  @ParameterizedTest
  @ValueSource(strings = {"tollfree", "toll-free"})
  void finds_toll_free_numbers_by_either_spelling(String type) {
    JsonNode data = client.get("/v2/numbers/available?limit=200&number_type=" + type).json();

    assertThat(data.path("data"))
        .hasSize(60)
        .allSatisfy(
            item -> {
              assertThat(item.path("attributes").path("number_type").asText())
                  .isEqualTo("tollfree");
              assertThat(item.path("attributes").path("rate_center").isNull()).isTrue();
              assertThat(item.path("attributes").path("state").isNull()).isTrue();
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"standard", "longcode"})
  void finds_local_numbers_by_either_name(String type) {
    JsonNode data = client.get("/v2/numbers/available?limit=200&number_type=" + type).json();

    assertThat(data.path("data"))
        .hasSize(200)
        .allSatisfy(
            item ->
                assertThat(item.path("attributes").path("number_type").asText())
                    .isEqualTo("standard"));
  }

  @Test
  void orders_by_a_field_and_direction() {
    JsonNode desc =
        client.get("/v2/numbers/available?order_by=monthly_cost,desc&limit=3").json().path("data");
    JsonNode byTn =
        client.get("/v2/numbers/available?order_by=tn,desc&limit=1").json().path("data");

    assertThat(desc.path(0).path("attributes").path("number_type").asText()).isEqualTo("tollfree");
    List<CatalogueNumber> catalogue = emulator.catalogue();
    assertThat(byTn.path(0).path("id").asText())
        .isEqualTo(catalogue.get(catalogue.size() - 1).number());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "order_by=colour,asc",
        "order_by=setup_cost,asc",
        "order_by=value,up",
        "limit=201",
        "limit=0",
        "limit=-1",
        "offset=-1",
        "number_type=mobile",
        "starts_with=abc",
        "state=washington"
      })
  void refuses_invalid_search_parameters(String query) {
    FlowrouteClient.Response response = client.get("/v2/numbers/available?" + query);

    assertThat(response.status()).isEqualTo(422);
    assertThat(response.error().path("status").asInt()).isEqualTo(422);
  }

  @Test
  void pages_through_every_match_by_following_next() {
    List<String> seen = new ArrayList<>();
    String next = "/v2/numbers/available?state=wa&limit=7";
    int pages = 0;
    while (next != null) {
      JsonNode page = client.get(next).json();
      page.path("data").forEach(item -> seen.add(item.path("id").asText()));
      JsonNode link = page.path("links").path("next");
      next = link.isMissingNode() ? null : link.asText().substring(emulator.url().length());
      pages++;
    }

    List<String> expected =
        emulator.catalogue().stream()
            .filter(n -> "wa".equals(n.state()))
            .map(CatalogueNumber::number)
            .toList();
    assertThat(seen).containsExactlyElementsOf(expected);
    assertThat(pages).isEqualTo((expected.size() + 6) / 7);
  }

  @Test
  void lists_area_codes_with_links_to_their_exchanges() {
    JsonNode document = client.get("/v2/numbers/available/areacodes?limit=400").json();

    List<String> ids = new ArrayList<>();
    document.path("data").forEach(item -> ids.add(item.path("id").asText()));
    assertThat(ids).containsExactly("201", "206", "212", "303", "312", "425", "646", "650");
    JsonNode first = document.path("data").path(0);
    assertThat(first.path("type").asText()).isEqualTo("areacode");
    assertThat(first.has("attributes")).isFalse();
    assertThat(first.path("links").path("related").asText())
        .isEqualTo(emulator.url() + "/v2/numbers/available/exchanges?areacode=201");
    assertThat(document.path("links").has("next")).isFalse();
  }

  @Test
  void leaves_out_area_codes_whose_numbers_all_cost_more_to_set_up() {
    JsonNode document =
        client.get("/v2/numbers/available/areacodes?max_setup_cost=1&limit=3").json();

    List<String> ids = new ArrayList<>();
    document.path("data").forEach(item -> ids.add(item.path("id").asText()));
    assertThat(ids).containsExactly("201", "206", "303");
    assertThat(document.path("links").path("next").asText())
        .isEqualTo(
            emulator.url() + "/v2/numbers/available/areacodes?max_setup_cost=1&limit=3&offset=3");
  }

  @Test
  void lists_the_exchanges_of_an_area_code() {
    JsonNode document = client.get("/v2/numbers/available/exchanges?areacode=206").json();

    assertThat(document.path("data")).hasSize(2);
    JsonNode first = document.path("data").path(0);
    assertThat(first.path("id").asText()).isEqualTo("206240");
    assertThat(first.path("type").asText()).isEqualTo("exchange");
    assertThat(first.path("links").path("related").asText())
        .isEqualTo(emulator.url() + "/v2/numbers/available?starts_with=1206240");
    assertThat(document.path("links").path("self").asText())
        .isEqualTo(
            emulator.url() + "/v2/numbers/available/exchanges?areacode=206&limit=10&offset=0");
  }

  @Test
  void enforces_the_maxima_of_area_codes_and_exchanges() {
    assertThat(client.get("/v2/numbers/available/areacodes?limit=400").status()).isEqualTo(200);
    assertFlowrouteError(client.get("/v2/numbers/available/areacodes?limit=401"), 422);
    assertThat(client.get("/v2/numbers/available/exchanges?limit=200").status()).isEqualTo(200);
    assertFlowrouteError(client.get("/v2/numbers/available/exchanges?limit=201"), 422);
    assertFieldError(client.get("/v2/numbers/available/exchanges?areacode=20"), "areacode");
    assertFieldError(
        client.get("/v2/numbers/available/areacodes?max_setup_cost=cheap"), "max_setup_cost");
  }

  @Test
  void needs_credentials() {
    FlowrouteClient anonymous = new FlowrouteClient(emulator.url(), null, null);

    assertFlowrouteError(anonymous.get("/v2/numbers/available"), 401);
    assertFlowrouteError(anonymous.get("/v2/numbers"), 401);
    assertFlowrouteError(anonymous.get("/v2/routes"), 401);
  }
}
