package dev.switchboard.flowroute.e911.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.domain.e911.AddressType;
import dev.switchboard.domain.e911.Country;
import dev.switchboard.domain.e911.E911Address;
import dev.switchboard.domain.e911.PostalAddress;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.flowroute.Documents;
import dev.switchboard.flowroute.http.FlowrouteJson;
import dev.switchboard.flowroute.http.JsonApiCollection;
import dev.switchboard.flowroute.numbers.client.NumberResource;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Flowroute's documented E911 documents (§4), read, and the request bodies we send. */
class E911WireFormatTest {

  static final String E911 =
      """
      {
        "type": "e911",
        "id": "21845",
        "attributes": {
          "label": "Office Space III",
          "first_name": "Albus",
          "last_name": "Rasputin, Jr.",
          "street_number": "666",
          "street_name": "Main St",
          "address_type": "Suite",
          "address_type_number": "333",
          "city": "Seattle",
          "state": "WA",
          "country": "US",
          "zip": "98101"
        },
        "links": { "self": "https://api.flowroute.com/v2/e911s/21845" }
      }
      """;

  /** The address of the documented e911 object (§4.1). */
  static final PostalAddress DOCUMENTED_ADDRESS =
      new PostalAddress(
          "Office Space III",
          "Albus",
          "Rasputin, Jr.",
          "666",
          "Main St",
          Optional.of(AddressType.SUITE),
          Optional.of("333"),
          "Seattle",
          "WA",
          Country.US,
          "98101");

  static final String LIST =
      """
      {
        "data": [%s],
        "links": {
          "self": "https://api.flowroute.com/v2/e911s?limit=2&offset=0",
          "next": "https://api.flowroute.com/v2/e911s?limit=2&offset=2"
        }
      }
      """
          .formatted(E911);

  /** §4.9 as the SDK README shows it: the number is the id. */
  static final String NUMBERS_BY_NUMBER =
      """
      {
        "data": [
          {
            "attributes": { "alias": null, "value": "12062011682" },
            "id": "12062011682",
            "links": { "self": "https://api.flowroute.com/v2/numbers/12062011682" },
            "type": "number"
          }
        ],
        "links": { "self": "https://api.flowroute.com/v2/e911s/21330/relationships/numbers?limit=10&offset=0" }
      }
      """;

  /** §4.9 as the docs show it: the id is a relationship id, the number is only the value. */
  static final String NUMBERS_BY_RELATIONSHIP =
      """
      {
        "data": [
          {
            "attributes": { "alias": null, "value": "12065014377" },
            "id": "682705",
            "links": { "self": "https://api.flowroute.com/v2/numbers/682705" },
            "type": "number"
          }
        ],
        "links": { "self": "https://api.flowroute.com/v2/e911s/21330/relationships/numbers?limit=10&offset=0" }
      }
      """;

  /** The body of the validate example (§4.4). */
  static final String VALIDATE_REQUEST =
      """
      {
        "data": {
          "type": "e911",
          "attributes": {
            "label": "Test Address",
            "first_name": "Chris",
            "last_name": "Smith",
            "street_name": "3rd Ave",
            "street_number": "1182",
            "address_type": "Suite",
            "address_type_number": "100",
            "city": "Seattle",
            "state": "WA",
            "country": "US",
            "zip": "98101"
          }
        }
      }
      """;

  private final ObjectMapper json = FlowrouteJson.mapper();

  @Test
  void reads_the_documented_e911_object() throws Exception {
    assertThat(FlowrouteE911Reader.e911(Documents.resource(E911, E911Resource.class)))
        .isEqualTo(new E911Address("21845", DOCUMENTED_ADDRESS));
  }

  @Test
  void reads_a_list_page_and_its_next_link() {
    JsonApiCollection<E911Resource> page = Documents.collection(LIST, E911Resource.class);

    assertThat(FlowrouteE911Reader.e911s(page))
        .extracting(E911Address::id)
        .containsExactly("21845");
    assertThat(page.hasNext()).isTrue();
    assertThat(page.nextOffset()).hasValue(2);
  }

  @Test
  void reads_numeric_attributes_a_short_address_type_code_a_numeric_id_and_usa() throws Exception {
    String legacy =
        """
        {"type":"e911","id":21846,"attributes":{"label":"Warehouse","first_name":"Ann",
         "last_name":"Lee","street_number":1182,"street_name":"3rd Ave","address_type":"su",
         "address_type_number":100,"city":"Seattle","state":"wa","country":"USA","zip":98101}}
        """;

    E911Address read = FlowrouteE911Reader.e911(Documents.resource(legacy, E911Resource.class));

    assertThat(read.id()).isEqualTo("21846");
    assertThat(read.address().streetNumber()).isEqualTo("1182");
    assertThat(read.address().addressType()).contains(AddressType.SUITE);
    assertThat(read.address().addressTypeNumber()).contains("100");
    assertThat(read.address().state()).isEqualTo("WA");
    assertThat(read.address().country()).isEqualTo(Country.US);
    assertThat(read.address().zip()).isEqualTo("98101");
  }

  @Test
  void reads_an_address_without_a_unit_when_flowroute_leaves_the_unit_out() throws Exception {
    String noUnit =
        """
        {"type":"e911","id":"7","attributes":{"label":"Home","first_name":"Jo","last_name":"Ng",
         "street_number":"1","street_name":"Bay St","city":"Toronto","state":"ON","country":"CA",
         "zip":"M5J 2N8"}}
        """;

    PostalAddress read =
        FlowrouteE911Reader.e911(Documents.resource(noUnit, E911Resource.class)).address();

    assertThat(read.addressType()).isEmpty();
    assertThat(read.addressTypeNumber()).isEmpty();
    assertThat(read.country()).isEqualTo(Country.CA);
  }

  @Test
  void a_list_leaves_out_a_record_our_rules_cannot_hold() {
    String page =
        """
        {"data":[%s,{"type":"e911","id":"9","attributes":{"label":"Old","first_name":"A",
         "last_name":"B","street_number":"1","street_name":"X","city":"Y","state":"WA",
         "country":"US","zip":"9810"}}]}
        """
            .formatted(E911);

    assertThat(FlowrouteE911Reader.e911s(Documents.collection(page, E911Resource.class)))
        .extracting(E911Address::id)
        .containsExactly("21845");
  }

  @Test
  void reads_the_numbers_of_an_address_from_their_value_in_both_documented_forms() {
    assertThat(
            FlowrouteE911Reader.numbers(
                Documents.collection(NUMBERS_BY_NUMBER, NumberResource.class)))
        .containsExactly(new E164Number("+12062011682"));
    assertThat(
            FlowrouteE911Reader.numbers(
                Documents.collection(NUMBERS_BY_RELATIONSHIP, NumberResource.class)))
        .containsExactly(new E164Number("+12065014377"));
  }

  @Test
  void sends_the_documented_validate_body() throws Exception {
    PostalAddress address =
        new PostalAddress(
            "Test Address",
            "Chris",
            "Smith",
            "1182",
            "3rd Ave",
            Optional.of(AddressType.SUITE),
            Optional.of("100"),
            "Seattle",
            "WA",
            Country.US,
            "98101");

    assertThat(json.readTree(FlowrouteJson.write(json, E911Request.of(address))))
        .isEqualTo(json.readTree(VALIDATE_REQUEST));
  }

  @Test
  void sends_every_attribute_as_a_string_and_the_unit_as_its_full_name() throws Exception {
    PostalAddress address =
        new PostalAddress(
            "Plant",
            "Chris",
            "Smith",
            "1182",
            "3rd Ave",
            Optional.of(AddressType.parse("F")),
            Optional.of("2"),
            "Seattle",
            "WA",
            Country.US,
            "98101");

    var attributes =
        json.readTree(FlowrouteJson.write(json, E911Request.of(address)))
            .path("data")
            .path("attributes");

    assertThat(attributes.path("address_type").asText()).isEqualTo("Floor");
    attributes.forEach(value -> assertThat(value.isTextual()).isTrue());
  }

  @Test
  void leaves_the_unit_out_of_an_address_without_one() throws Exception {
    PostalAddress address =
        new PostalAddress(
            "Home",
            "Jo",
            "Ng",
            "1",
            "Bay St",
            Optional.empty(),
            Optional.empty(),
            "Toronto",
            "ON",
            Country.CA,
            "M5J 2N8");

    assertThat(json.readTree(FlowrouteJson.write(json, E911Request.of(address))))
        .isEqualTo(
            json.readTree(
                """
                {"data":{"type":"e911","attributes":{"label":"Home","first_name":"Jo",
                 "last_name":"Ng","street_name":"Bay St","street_number":"1","city":"Toronto",
                 "state":"ON","country":"CA","zip":"M5J 2N8"}}}
                """));
  }

  @Test
  void an_update_that_removes_the_unit_sends_only_the_changes_and_the_unit_as_nulls()
      throws Exception {
    PostalAddress before =
        new PostalAddress(
            "Home",
            "Jo",
            "Ng",
            "1",
            "Bay St",
            Optional.of(AddressType.SUITE),
            Optional.of("5"),
            "Toronto",
            "ON",
            Country.CA,
            "M5J 2N8");
    PostalAddress after =
        new PostalAddress(
            "Home",
            "Jo",
            "Lee",
            "1",
            "Bay St",
            Optional.empty(),
            Optional.empty(),
            "Toronto",
            "ON",
            Country.CA,
            "M5J 2N8");

    assertThat(E911Request.forUpdate(json, before, after))
        .isEqualTo(
            json.readTree(
                """
                {"data":{"type":"e911","attributes":{"last_name":"Lee","address_type":null,
                 "address_type_number":null}}}
                """));
  }

  @Test
  void an_update_sends_only_what_changed_and_never_a_null_for_a_unit_that_was_never_there()
      throws Exception {
    PostalAddress before =
        new PostalAddress(
            "Home",
            "Jo",
            "Ng",
            "1",
            "Bay St",
            Optional.empty(),
            Optional.empty(),
            "Toronto",
            "ON",
            Country.CA,
            "M5J 2N8");
    PostalAddress after =
        new PostalAddress(
            "Home",
            "Jo",
            "Ng",
            "1",
            "Bay St",
            Optional.empty(),
            Optional.empty(),
            "Toronto",
            "ON",
            Country.CA,
            "M5V 1J1");

    assertThat(E911Request.forUpdate(json, before, after))
        .isEqualTo(
            json.readTree("{\"data\":{\"type\":\"e911\",\"attributes\":{\"zip\":\"M5V 1J1\"}}}"));
  }
}
