package dev.switchboard.flowroute.numbers.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.numbers.AreaCode;
import dev.switchboard.domain.numbers.AvailableNumber;
import dev.switchboard.domain.numbers.Exchange;
import dev.switchboard.domain.numbers.MessagingSource;
import dev.switchboard.domain.numbers.NumberSearches;
import dev.switchboard.domain.numbers.NumberType;
import dev.switchboard.domain.numbers.OffsetPage;
import dev.switchboard.domain.numbers.OwnedNumber;
import dev.switchboard.domain.routes.RouteId;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.flowroute.Documents;
import dev.switchboard.flowroute.http.JsonApiCollection;
import dev.switchboard.flowroute.http.Relationship.Identifier;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Flowroute's documented number documents (Numbers v2, §2), read into domain objects. */
class NumberWireFormatTest {

  static final String LIST_NUMBERS =
      """
      {
        "data": [
          {
            "attributes": {
              "alias": null,
              "cnam_lookups_enabled": true,
              "number_type": "standard",
              "rate_center": "oradell",
              "state": "nj",
              "value": "12012673227"
            },
            "id": "12012673227",
            "links": { "self": "https://api.flowroute.com/v2/numbers/12012673227" },
            "type": "number"
          }
        ],
        "links": {
          "self": "https://api.flowroute.com/v2/numbers?starts_with=1201&limit=3&offset=0",
          "next": "https://api.flowroute.com/v2/numbers?starts_with=1201&limit=3&offset=3"
        }
      }
      """;

  static final String NUMBER_DETAILS =
      """
      {
        "data": {
          "attributes": {
            "alias": null,
            "cnam_lookups_enabled": true,
            "number_type": "standard",
            "rate_center": "millbrae",
            "state": "ca",
            "value": "16502390214"
          },
          "id": "16502390214",
          "links": { "self": "https://api.flowroute.com/v2/numbers/16502390214" },
          "relationships": {
            "cnam_preset":    { "data": null },
            "e911_address":   { "data": null },
            "failover_route": { "data": null },
            "primary_route":  { "data": { "id": "0", "type": "route" } }
          },
          "type": "number"
        },
        "included": [
          {
            "attributes": { "alias": "sip-reg", "route_type": "sip-reg", "value": null },
            "id": "0",
            "links": { "self": "https://api.flowroute.com/v2/routes/0" },
            "type": "route"
          }
        ],
        "links": { "self": "https://api.flowroute.com/v2/numbers/16502390214" }
      }
      """;

  static final String SEARCH =
      """
      {
        "data": [
          {
            "attributes": {
              "monthly_cost": 1.25,
              "number_type": "standard",
              "rate_center": "nwyrcyzn01",
              "setup_cost": 1,
              "state": "ny",
              "value": "16463439507"
            },
            "id": "16463439507",
            "links": { "related": "https://api.flowroute.com/v2/numbers/16463439507" },
            "type": "number"
          }
        ],
        "links": {
          "self": "https://api.flowroute.com/v2/numbers/available?contains=3&ends_with=7&starts_with=1646&limit=3&offset=0",
          "next": "https://api.flowroute.com/v2/numbers/available?contains=3&ends_with=7&starts_with=1646&limit=3&offset=3"
        }
      }
      """;

  static final String AREA_CODES =
      """
      {
        "data": [
          {
            "id": "201",
            "links": { "related": "https://api.flowroute.com/v2/numbers/available/exchanges?areacode=201" },
            "type": "areacode"
          }
        ],
        "links": {
          "self": "https://api.flowroute.com/v2/numbers/available/areacodes?limit=10&offset=0",
          "next": "https://api.flowroute.com/v2/numbers/available/areacodes?limit=10&offset=10"
        }
      }
      """;

  static final String EXCHANGES =
      """
      {
        "data": [
          {"id":"347215","type":"exchange",
           "links":{"related":"https://api.flowroute.com/v2/numbers/available?starts_with=1347215"}}
        ],
        "links": {"self":"https://api.flowroute.com/v2/numbers/available/exchanges?areacode=347&limit=10&offset=0"}
      }
      """;

  @Test
  void reads_the_numbers_of_the_account_and_the_offset_of_the_next_page() {
    JsonApiCollection<NumberResource> document =
        Documents.collection(LIST_NUMBERS, NumberResource.class);

    assertThat(FlowrouteNumberReader.numbers(document))
        .containsExactly(new E164Number("+12012673227"));
    assertThat(document.hasNext()).isTrue();
    assertThat(document.nextOffset()).isEqualTo(OptionalInt.of(3));
  }

  @Test
  void reads_the_details_of_a_number_with_its_sip_reg_primary_route() {
    OwnedNumber number =
        FlowrouteNumberReader.ownedNumber(Documents.single(NUMBER_DETAILS, NumberResource.class));

    assertThat(number)
        .isEqualTo(
            new OwnedNumber(
                new E164Number("+16502390214"),
                NumberType.LOCAL,
                null,
                true,
                false,
                MessagingSource.UNKNOWN,
                "millbrae",
                "ca",
                Optional.of(RouteId.SIP_REG),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                null));
  }

  @Test
  void reads_numeric_ids_and_every_relationship_of_a_number() {
    String details =
        """
        {"data":{"type":"number","id":16502390214,
          "attributes":{"alias":"Front desk","cnam_lookups_enabled":"false","number_type":"tollfree",
            "rate_center":"millbrae","state":"ca","value":16502390214,"messaging_enabled":true},
          "relationships":{
            "primary_route":{"data":{"type":"route","id":83834}},
            "failover_route":{"data":{"type":"route","id":"98396"}},
            "e911_address":{"data":{"type":"e911","id":20930}},
            "cnam_preset":{"data":{"type":"cnam","id":"17604"}}}}}
        """;

    OwnedNumber number =
        FlowrouteNumberReader.ownedNumber(Documents.single(details, NumberResource.class));

    assertThat(number.number()).isEqualTo(new E164Number("+16502390214"));
    assertThat(number.type()).isEqualTo(NumberType.TOLL_FREE);
    assertThat(number.alias()).isEqualTo("Front desk");
    assertThat(number.cnamLookupsEnabled()).isFalse();
    assertThat(number.messagingEnabled()).isTrue();
    assertThat(number.messagingSource()).isEqualTo(MessagingSource.REPORTED);
    assertThat(number.primaryRoute()).contains(new RouteId("83834"));
    assertThat(number.failoverRoute()).contains(new RouteId("98396"));
    assertThat(number.e911Id()).contains("20930");
    assertThat(number.cnamId()).contains("17604");
  }

  @Test
  void reads_the_renamed_voice_route_relationships_of_the_v2_1_beta() {
    String details =
        """
        {"data":{"type":"number","id":"16502390214","attributes":{"value":"16502390214"},
          "relationships":{"voice_primary_route":{"data":{"type":"route","id":"7"}},
                           "voice_failover_route":{"data":{"type":"route","id":"8"}}}}}
        """;

    OwnedNumber number =
        FlowrouteNumberReader.ownedNumber(Documents.single(details, NumberResource.class));

    assertThat(number.primaryRoute()).contains(new RouteId("7"));
    assertThat(number.failoverRoute()).contains(new RouteId("8"));
  }

  @Test
  void reads_purchasable_numbers_with_exact_costs() {
    List<AvailableNumber> numbers =
        FlowrouteNumberReader.availableNumbers(Documents.collection(SEARCH, NumberResource.class));

    assertThat(numbers).hasSize(1);
    AvailableNumber number = numbers.get(0);
    assertThat(number.number()).isEqualTo(new E164Number("+16463439507"));
    assertThat(number.type()).isEqualTo(NumberType.LOCAL);
    assertThat(number.rateCenter()).isEqualTo("nwyrcyzn01");
    assertThat(number.state()).isEqualTo("ny");
    assertThat(number.monthlyCost()).isEqualTo(new BigDecimal("1.25"));
    assertThat(number.setupCost()).isEqualByComparingTo(BigDecimal.ONE);
  }

  @Test
  void reads_costs_sent_as_strings_and_a_value_sent_as_a_number() {
    String search =
        """
        {"data":[{"type":"number","id":18005550100,"attributes":{"value":18005550100,
          "number_type":"toll-free","monthly_cost":"3.99","setup_cost":"0.10"}}]}
        """;

    AvailableNumber number =
        FlowrouteNumberReader.availableNumbers(Documents.collection(search, NumberResource.class))
            .get(0);

    assertThat(number.number()).isEqualTo(new E164Number("+18005550100"));
    assertThat(number.type()).isEqualTo(NumberType.TOLL_FREE);
    assertThat(number.monthlyCost()).isEqualTo(new BigDecimal("3.99"));
    assertThat(number.setupCost()).isEqualTo(new BigDecimal("0.10"));
  }

  /**
   * The typed documents read loosely typed scalars as the tree readers did: a flag as the string
   * {@code "TRUE"}, a cost that is no number and an object where text belongs as absent, rather
   * than the whole answer failing.
   */
  @Test
  void reads_odd_scalars_leniently_instead_of_failing_the_answer() {
    String details =
        """
        {"data":{"type":"number","id":"12065550100","attributes":{"alias":{"odd":true},
          "cnam_lookups_enabled":"TRUE","number_type":"standard","monthly_cost":"n/a"},
          "relationships":{"primary_route":{"data":{"type":"route","id":9}},
           "numbers":{"data":[{"type":"number","id":"1"}]}}}}
        """;

    OwnedNumber number =
        FlowrouteNumberReader.ownedNumber(Documents.single(details, NumberResource.class));

    assertThat(number.alias()).isNull();
    assertThat(number.cnamLookupsEnabled()).isTrue();
    assertThat(number.primaryRoute()).contains(new RouteId("9"));
    assertThat(Documents.single(details, NumberResource.class).data().attributes().monthlyCost())
        .isNull();
  }

  @Test
  void a_search_page_has_more_while_flowroute_gives_a_next_link() {
    FakeNumbersApi flowroute = new FakeNumbersApi().answer(200, SEARCH);

    OffsetPage<AvailableNumber> page =
        new FlowrouteCatalogue(flowroute, d -> {}).searchAvailable(NumberSearches.first(3));

    assertThat(page.items()).hasSize(1);
    assertThat(page.hasMore()).isTrue();
    assertThat(page.limit()).isEqualTo(3);
  }

  @Test
  void leaves_out_purchasable_numbers_outside_north_america() {
    String search =
        """
        {"data":[{"type":"number","id":"442071234567","attributes":{"value":"442071234567"}},
                 {"type":"number","id":"12065550100","attributes":{"value":"12065550100"}}]}
        """;

    assertThat(
            FlowrouteNumberReader.availableNumbers(
                Documents.collection(search, NumberResource.class)))
        .extracting(AvailableNumber::number)
        .containsExactly(new E164Number("+12065550100"));
  }

  @Test
  void reads_area_codes_with_string_or_number_ids() {
    assertThat(FlowrouteNumberReader.areaCodes(Documents.collection(AREA_CODES, Identifier.class)))
        .containsExactly(new AreaCode("201"));
    assertThat(
            FlowrouteNumberReader.areaCodes(
                Documents.collection(
                    "{\"data\":[{\"id\":646,\"type\":\"areacode\"}]}", Identifier.class)))
        .containsExactly(new AreaCode("646"));
  }

  @Test
  void reads_exchanges_and_sees_the_last_page() {
    JsonApiCollection<Identifier> document = Documents.collection(EXCHANGES, Identifier.class);

    assertThat(FlowrouteNumberReader.exchanges(document)).containsExactly(new Exchange("347215"));
    assertThat(document.hasNext()).isFalse();
  }

  @ParameterizedTest
  @CsvSource({
    "standard, 12065550100, LOCAL",
    "longcode, 12065550100, LOCAL",
    "tollfree, 18005550100, TOLL_FREE",
    "toll-free, 18005550100, TOLL_FREE",
    "TOLL_FREE, 18005550100, TOLL_FREE",
    "inum, 12065550100, OTHER",
    ", 18885550100, TOLL_FREE",
    ", 12065550100, LOCAL"
  })
  void reads_every_spelling_of_the_number_type(String wire, String value, NumberType expected) {
    String attributes =
        wire == null
            ? "{\"value\":\"" + value + "\"}"
            : "{\"value\":\"" + value + "\",\"number_type\":\"" + wire + "\"}";
    String document =
        "{\"data\":[{\"type\":\"number\",\"id\":\""
            + value
            + "\",\"attributes\":"
            + attributes
            + "}]}";

    assertThat(
            FlowrouteNumberReader.availableNumbers(
                Documents.collection(document, NumberResource.class)))
        .extracting(AvailableNumber::type)
        .containsExactly(expected);
  }
}
