package dev.switchboard.sandbox.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class E911Test extends EmulatorTestBase {

  private static final String GEOCODE_FAILURE =
      "Could not geocode this address. Please check the validity of your address.";

  /** The §4.4 example address, with the given attributes replaced (null removes one). */
  private static String address(Map<String, Object> changes) {
    ObjectNode attributes = FlowrouteClient.MAPPER.createObjectNode();
    attributes
        .put("label", "Test Address")
        .put("first_name", "Chris")
        .put("last_name", "Smith")
        .put("street_name", "3rd Ave")
        .put("street_number", "1182")
        .put("address_type", "Suite")
        .put("address_type_number", "100")
        .put("city", "Seattle")
        .put("state", "WA")
        .put("country", "US")
        .put("zip", "98101");
    changes.forEach(
        (field, value) -> {
          if (value == null) {
            attributes.remove(field);
          } else {
            attributes.set(field, FlowrouteClient.MAPPER.valueToTree(value));
          }
        });
    ObjectNode body = FlowrouteClient.MAPPER.createObjectNode();
    body.putObject("data").put("type", "e911").set("attributes", attributes);
    return body.toString();
  }

  private static String address() {
    return address(Map.of());
  }

  private static String create(Map<String, Object> changes) {
    FlowrouteClient.Response created = client.post("/v2/e911s", address(changes));
    assertThat(created.status()).isEqualTo(201);
    return created.json().path("data").path("id").asText();
  }

  @Test
  void validates_an_address_without_creating_a_record() {
    FlowrouteClient.Response response =
        client.post("/v2/e911s/validate", address(), "application/vnd.api+json; charset=utf-8");

    assertThat(response.status()).isEqualTo(204);
    assertThat(response.raw().body()).isEmpty();
    assertThat(emulator.e911s()).isEmpty();
  }

  @Test
  void creates_a_record_answering_strings_for_numbers_and_the_full_address_type_name() {
    FlowrouteClient.Response created =
        client.post(
            "/v2/e911s",
            address(
                Map.of("street_number", 1182, "address_type", "su", "address_type_number", 100)));

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.header("Content-Type")).startsWith("application/vnd.api+json");
    JsonNode data = created.json().path("data");
    assertThat(data.path("type").asText()).isEqualTo("e911");
    assertThat(data.path("id").asText()).isEqualTo("20001");
    JsonNode attributes = data.path("attributes");
    assertThat(attributes.path("street_number").isTextual()).isTrue();
    assertThat(attributes.path("street_number").asText()).isEqualTo("1182");
    assertThat(attributes.path("address_type").asText()).isEqualTo("Suite");
    assertThat(attributes.path("address_type_number").asText()).isEqualTo("100");
    assertThat(attributes.path("label").asText()).isEqualTo("Test Address");
    assertThat(attributes.path("zip").asText()).isEqualTo("98101");
    assertThat(data.path("links").path("self").asText())
        .isEqualTo(emulator.url() + "/v2/e911s/20001");
    assertThat(emulator.e911("20001")).isPresent();
    assertThat(client.get("/v2/e911s/20001").json()).isEqualTo(created.json());
  }

  @Test
  void leaves_the_address_type_out_when_none_is_given_and_gives_increasing_ids() {
    String first = create(Map.of());
    FlowrouteClient.Response second =
        client.post(
            "/v2/e911s",
            address(
                Map.of(
                    "street_name", "pike st",
                    "street_number", "85",
                    "address_type", "",
                    "address_type_number", "")));

    assertThat(second.status()).isEqualTo(201);
    JsonNode attributes = second.json().path("data").path("attributes");
    assertThat(attributes.has("address_type")).isFalse();
    assertThat(attributes.has("address_type_number")).isFalse();
    assertThat(Long.parseLong(second.json().path("data").path("id").asText()))
        .isGreaterThan(Long.parseLong(first));
  }

  @Test
  void accepts_a_canadian_address_and_writes_its_postal_code_with_a_space() {
    FlowrouteClient.Response created =
        client.post(
            "/v2/e911s",
            address(
                Map.of(
                    "street_name", "Yonge St",
                    "city", "toronto",
                    "state", "ON",
                    "country", "CA",
                    "zip", "m4c5k7",
                    "address_type", "HANGER",
                    "address_type_number", "A-1")));

    assertThat(created.status()).isEqualTo(201);
    JsonNode attributes = created.json().path("data").path("attributes");
    assertThat(attributes.path("zip").asText()).isEqualTo("M4C 5K7");
    assertThat(attributes.path("address_type").asText()).isEqualTo("Hanger");
    assertThat(attributes.path("country").asText()).isEqualTo("CA");
  }

  @Test
  void refuses_an_address_the_geocoder_cannot_place_with_a_client_error() {
    for (String path : new String[] {"/v2/e911s/validate", "/v2/e911s"}) {
      FlowrouteClient.Response response =
          client.post(path, address(Map.of("street_name", "Nowhere Rd")));

      assertFlowrouteError(response, 400);
      assertThat(response.error().path("title").asText()).isEqualTo("Client Error");
      assertThat(response.error().path("detail").asText()).isEqualTo(GEOCODE_FAILURE);
    }
    FlowrouteClient.Response elsewhere =
        client.post("/v2/e911s", address(Map.of("city", "Spokane")));
    assertThat(elsewhere.status()).isEqualTo(400);
    assertThat(emulator.e911s()).isEmpty();
  }

  @Test
  void refuses_a_zip_of_the_wrong_length_with_flowroutes_object_detail() {
    FlowrouteClient.Response response = client.post("/v2/e911s", address(Map.of("zip", "981")));

    assertFieldError(response, "zip");
    assertThat(response.error().path("detail"))
        .isEqualTo(
            FlowrouteClient.MAPPER
                .createObjectNode()
                .set(
                    "data",
                    FlowrouteClient.MAPPER
                        .createObjectNode()
                        .set(
                            "attributes",
                            FlowrouteClient.MAPPER
                                .createObjectNode()
                                .set(
                                    "zip",
                                    FlowrouteClient.MAPPER
                                        .createArrayNode()
                                        .add(
                                            "ZIP code must be at least 4 and at most 7 digits long")))));
  }

  @Test
  void names_every_refused_attribute_at_once() {
    Map<String, Object> changes = new java.util.HashMap<>();
    changes.put("first_name", null);
    changes.put("label", "");
    changes.put("state", "wa");
    FlowrouteClient.Response response = client.post("/v2/e911s", address(changes));

    assertFieldError(response, "first_name");
    assertFieldError(response, "label");
    assertFieldError(response, "state");
  }

  @ParameterizedTest
  @CsvSource({
    "state, wa",
    "state, ON",
    "state, Washington",
    "country, USA",
    "country, us",
    "zip, 9810A",
    "zip, 98101-12",
    "address_type, Garage",
    "address_type_number, ''",
    "last_name, ''",
    "street_number, ''",
    "city, ''"
  })
  void refuses_invalid_attributes_with_a_field_error(String field, String value) {
    FlowrouteClient.Response response =
        client.post("/v2/e911s/validate", address(Map.of(field, value)));

    assertFieldError(response, field);
  }

  @Test
  void refuses_a_canadian_postal_code_for_a_us_address_and_a_type_number_without_type() {
    assertFieldError(client.post("/v2/e911s", address(Map.of("zip", "M4C 5K7"))), "zip");
    Map<String, Object> noType = new java.util.HashMap<>();
    noType.put("address_type", null);
    assertFieldError(client.post("/v2/e911s", address(noType)), "address_type");
  }

  @Test
  void refuses_the_same_place_again_whatever_the_label_or_case() {
    create(Map.of());

    FlowrouteClient.Response again =
        client.post(
            "/v2/e911s",
            address(Map.of("label", "Other label", "street_name", "3RD AVE", "city", "SEATTLE")));

    assertFlowrouteError(again, 403);
    assertThat(again.error().path("detail").asText()).isEqualTo("Duplicate address.");
    assertThat(emulator.e911s()).hasSize(1);
    assertThat(client.post("/v2/e911s", address(Map.of("address_type_number", "101"))).status())
        .isEqualTo(201);
  }

  @Test
  void updates_a_subset_of_attributes_and_validates_the_result_again() {
    String id = create(Map.of());

    FlowrouteClient.Response updated =
        client.patch(
            "/v2/e911s/" + id,
            "{\"data\":{\"type\":\"e911\",\"attributes\":{\"label\":\"Moved\",\"street_number\":1200}}}");

    assertThat(updated.status()).isEqualTo(200);
    JsonNode attributes = updated.json().path("data").path("attributes");
    assertThat(attributes.path("label").asText()).isEqualTo("Moved");
    assertThat(attributes.path("street_number").asText()).isEqualTo("1200");
    assertThat(attributes.path("street_name").asText()).isEqualTo("3rd Ave");
    assertThat(attributes.path("address_type").asText()).isEqualTo("Suite");

    FlowrouteClient.Response ungeocodable =
        client.patch(
            "/v2/e911s/" + id,
            "{\"data\":{\"type\":\"e911\",\"attributes\":{\"street_name\":\"Nowhere Rd\"}}}");
    assertFlowrouteError(ungeocodable, 400);
    assertFieldError(
        client.patch("/v2/e911s/" + id, "{\"data\":{\"attributes\":{\"zip\":\"1\"}}}"), "zip");
    assertThat(emulator.e911(id).orElseThrow().address().streetName()).isEqualTo("3rd Ave");
    assertThat(emulator.e911(id).orElseThrow().address().label()).isEqualTo("Moved");
    assertThat(client.patch("/v2/e911s/99999", "{\"data\":{\"attributes\":{}}}").status())
        .isEqualTo(404);
  }

  /**
   * An explicit null for a required attribute is refused with the field named; for the unit it
   * clears the unit, as the Python SDK's update_address relies on (it sends both as null).
   */
  @Test
  void an_explicit_null_is_refused_on_a_required_field_and_clears_the_unit() {
    String id = create(Map.of());

    assertFieldError(
        client.patch(
            "/v2/e911s/" + id, "{\"data\":{\"type\":\"e911\",\"attributes\":{\"city\":null}}}"),
        "city");
    FlowrouteClient.Response cleared =
        client.patch(
            "/v2/e911s/" + id,
            "{\"data\":{\"type\":\"e911\",\"attributes\":{\"last_name\":\"Wiley\","
                + "\"address_type\":null,\"address_type_number\":null}}}");
    assertThat(cleared.status()).isEqualTo(200);
    assertThat(cleared.json().path("data").path("attributes").has("address_type")).isFalse();
    assertThat(emulator.e911(id).orElseThrow().address().city()).isEqualTo("Seattle");
  }

  @Test
  void refuses_an_update_that_makes_a_record_the_duplicate_of_another() {
    create(Map.of());
    String other = create(Map.of("street_number", "1"));

    FlowrouteClient.Response response =
        client.patch(
            "/v2/e911s/" + other,
            "{\"data\":{\"type\":\"e911\",\"attributes\":{\"street_number\":\"1182\"}}}");

    assertFlowrouteError(response, 403);
    assertThat(response.error().path("detail").asText()).isEqualTo("Duplicate address.");
  }

  @Test
  void an_unknown_record_is_404() {
    assertFlowrouteError(client.get("/v2/e911s/424242"), 404);
    assertFlowrouteError(client.get("/v2/e911s/not-a-number"), 404);
    assertFlowrouteError(client.delete("/v2/e911s/424242"), 404);
    assertFlowrouteError(client.get("/v2/e911s/424242/relationships/numbers"), 404);
  }

  @Test
  void lists_records_with_partial_case_insensitive_filters_and_paging() {
    String seattle = create(Map.of("label", "Seattle HQ"));
    String pike = create(Map.of("label", "Market", "street_name", "Pike St"));
    String broadway =
        create(
            Map.of(
                "label", "NYC desk",
                "street_name", "Broadway",
                "city", "New York",
                "state", "NY",
                "zip", "10001"));

    assertThat(ids(client.get("/v2/e911s"))).containsExactly(seattle, pike, broadway);
    assertThat(ids(client.get("/v2/e911s?city=SEAT"))).containsExactly(seattle, pike);
    assertThat(ids(client.get("/v2/e911s?street_name=pike%20s"))).containsExactly(pike);
    assertThat(ids(client.get("/v2/e911s?label=desk"))).containsExactly(broadway);
    assertThat(ids(client.get("/v2/e911s?state=ny"))).containsExactly(broadway);
    assertThat(ids(client.get("/v2/e911s?state=ca"))).isEmpty();
    assertFieldError(client.get("/v2/e911s?state=N"), "state");

    FlowrouteClient.Response first = client.get("/v2/e911s?city=seattle&limit=1");
    assertThat(ids(first)).containsExactly(seattle);
    assertThat(first.json().path("links").path("self").asText())
        .isEqualTo(emulator.url() + "/v2/e911s?city=seattle&limit=1&offset=0");
    assertThat(first.json().path("links").path("next").asText())
        .isEqualTo(emulator.url() + "/v2/e911s?city=seattle&limit=1&offset=1");
    FlowrouteClient.Response last = client.get("/v2/e911s?city=seattle&limit=1&offset=1");
    assertThat(ids(last)).containsExactly(pike);
    assertThat(last.json().path("links").has("next")).isFalse();
  }

  @Test
  void allows_a_limit_up_to_2000() {
    assertThat(client.get("/v2/e911s?limit=2000").status()).isEqualTo(200);
    assertFlowrouteError(client.get("/v2/e911s?limit=2001"), 422);
    assertFlowrouteError(client.get("/v2/e911s?limit=0"), 422);
    assertFlowrouteError(client.get("/v2/e911s?offset=-1"), 422);
  }

  @Test
  void assigns_a_record_to_a_number_idempotently_and_shows_it_in_the_number_details() {
    String id = create(Map.of());

    assertThat(client.patch("/v2/numbers/" + OURS + "/relationships/e911s/" + id).status())
        .isEqualTo(204);
    assertThat(client.patch("/v2/numbers/" + OURS + "/relationships/e911s/" + id).status())
        .isEqualTo(204);
    assertThat(client.patch("/v2/numbers/12065550101/relationships/e911s/" + id, "{}").status())
        .isEqualTo(204);

    JsonNode details = client.get("/v2/numbers/" + OURS).json();
    JsonNode relationship = details.path("data").path("relationships").path("e911_address");
    assertThat(relationship.path("data").path("type").asText()).isEqualTo("e911");
    assertThat(relationship.path("data").path("id").asText()).isEqualTo(id);
    assertThat(details.path("included"))
        .anySatisfy(
            item -> {
              assertThat(item.path("type").asText()).isEqualTo("e911");
              assertThat(item.path("id").asText()).isEqualTo(id);
              assertThat(item.path("attributes").path("street_name").asText()).isEqualTo("3rd Ave");
            });
    assertThat(emulator.number(OURS).orElseThrow().e911Id()).isEqualTo(id);

    FlowrouteClient.Response linked = client.get("/v2/e911s/" + id + "/relationships/numbers");
    assertThat(linked.status()).isEqualTo(200);
    JsonNode data = linked.json().path("data");
    assertThat(data).hasSize(2);
    assertThat(data.path(0).path("id").asText()).isEqualTo(OURS);
    assertThat(data.path(0).path("type").asText()).isEqualTo("number");
    assertThat(data.path(0).path("attributes").path("value").asText()).isEqualTo(OURS);
    assertThat(data.path(0).path("attributes").has("alias")).isTrue();
    assertThat(data.path(0).path("links").path("self").asText())
        .isEqualTo(emulator.url() + "/v2/numbers/" + OURS);
    assertThat(linked.json().path("links").path("self").asText())
        .isEqualTo(emulator.url() + "/v2/e911s/" + id + "/relationships/numbers?limit=10&offset=0");
    assertThat(
            client
                .get("/v2/e911s/" + id + "/relationships/numbers?limit=1")
                .json()
                .path("links")
                .has("next"))
        .isTrue();
  }

  @Test
  void a_number_without_a_record_shows_null_and_removing_one_answers_204() {
    String id = create(Map.of());
    client.patch("/v2/numbers/" + OURS + "/relationships/e911s/" + id);

    assertThat(client.delete("/v2/numbers/" + OURS + "/relationships/e911s").status())
        .isEqualTo(204);
    assertThat(client.delete("/v2/numbers/" + OURS + "/relationships/e911s").status())
        .isEqualTo(204);

    JsonNode details = client.get("/v2/numbers/" + OURS).json();
    assertThat(
            details.path("data").path("relationships").path("e911_address").path("data").isNull())
        .isTrue();
    assertThat(details.path("included"))
        .noneSatisfy(item -> assertThat(item.path("type").asText()).isEqualTo("e911"));
    assertThat(client.get("/v2/e911s/" + id + "/relationships/numbers").json().path("data"))
        .isEmpty();
  }

  @Test
  void assignment_needs_a_number_of_the_account_and_a_known_record() {
    String id = create(Map.of());

    assertFlowrouteError(client.patch("/v2/numbers/12065550100/relationships/e911s/99999"), 404);
    FlowrouteClient.Response notOurs =
        client.patch("/v2/numbers/12069999999/relationships/e911s/" + id);
    assertThat(notOurs.status()).isEqualTo(404);
    assertThat(notOurs.error().path("detail").asText())
        .isEqualTo("Could not find that resource on your account.");
    assertThat(client.delete("/v2/numbers/12069999999/relationships/e911s").status())
        .isEqualTo(404);
  }

  @Test
  void refuses_a_toll_free_number_which_has_no_emergency_service() {
    String id = create(Map.of());
    emulator.ownNumber("18445550000");

    FlowrouteClient.Response response =
        client.patch("/v2/numbers/18445550000/relationships/e911s/" + id);

    assertFlowrouteError(response, 422);
    assertThat(response.error().path("detail").asText())
        .isEqualTo(
            "Cannot assign an E911 record to a number that does not support emergency services.");
    assertThat(emulator.number("18445550000").orElseThrow().e911Id()).isNull();
  }

  @Test
  void toll_free_numbers_can_have_a_record_when_configured() {
    try (FlowrouteEmulator tollFree =
        FlowrouteEmulator.start(EmulatorConfig.defaults().withPort(0).withE911ForTollFree(true))) {
      FlowrouteClient other = FlowrouteClient.of(tollFree);
      FlowrouteClient.Response created = other.post("/v2/e911s", address());
      String id = created.json().path("data").path("id").asText();
      tollFree.ownNumber("18445550000");

      assertThat(other.patch("/v2/numbers/18445550000/relationships/e911s/" + id).status())
          .isEqualTo(204);
      assertThat(tollFree.number("18445550000").orElseThrow().e911Id()).isEqualTo(id);
    }
  }

  @Test
  void a_record_in_use_cannot_be_deleted_until_its_numbers_are_freed() {
    String id = create(Map.of());
    client.patch("/v2/numbers/" + OURS + "/relationships/e911s/" + id);

    FlowrouteClient.Response refused = client.delete("/v2/e911s/" + id);

    assertFlowrouteError(refused, 403);
    assertThat(refused.error().path("detail").asText()).contains("numbers still associated");
    assertThat(emulator.e911(id)).isPresent();

    client.delete("/v2/numbers/" + OURS + "/relationships/e911s");
    assertThat(client.delete("/v2/e911s/" + id).status()).isEqualTo(204);
    assertThat(client.get("/v2/e911s/" + id).status()).isEqualTo(404);
    assertThat(emulator.e911s()).isEmpty();
  }

  @Test
  void releasing_a_number_drops_its_record_assignment() {
    String id = create(Map.of());
    client.patch("/v2/numbers/12065550101/relationships/e911s/" + id);

    assertThat(client.delete("/v2/numbers/12065550101").status()).isEqualTo(204);

    assertThat(client.get("/v2/e911s/" + id + "/relationships/numbers").json().path("data"))
        .isEmpty();
    assertThat(client.delete("/v2/e911s/" + id).status()).isEqualTo(204);
    emulator.ownNumber("12065550101");
    assertThat(emulator.number("12065550101").orElseThrow().e911Id()).isNull();
  }

  @Test
  void reset_forgets_records_and_starts_ids_again() {
    create(Map.of());
    client.patch("/v2/numbers/" + OURS + "/relationships/e911s/20001");

    emulator.reset();

    assertThat(emulator.e911s()).isEmpty();
    assertThat(emulator.number(OURS).orElseThrow().e911Id()).isNull();
    assertThat(create(Map.of())).isEqualTo("20001");
  }

  @Test
  void refuses_a_body_that_is_not_an_e911_document() {
    assertFieldError(
        client.post("/v2/e911s", "{\"data\":{\"type\":\"route\",\"attributes\":{}}}"), "type");
    assertFlowrouteError(client.post("/v2/e911s", "[]"), 422);
    assertFlowrouteError(client.post("/v2/e911s", "{", "application/json"), 400);
    assertFlowrouteError(client.post("/v2/e911s", address(), "text/plain"), 415);
    assertFieldError(client.post("/v2/e911s", address(Map.of("label", Map.of("x", 1)))), "label");
  }

  private static java.util.List<String> ids(FlowrouteClient.Response response) {
    assertThat(response.status()).isEqualTo(200);
    java.util.List<String> ids = new java.util.ArrayList<>();
    response.json().path("data").forEach(item -> ids.add(item.path("id").asText()));
    return ids;
  }
}
