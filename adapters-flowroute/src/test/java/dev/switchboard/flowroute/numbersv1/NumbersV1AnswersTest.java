package dev.switchboard.flowroute.numbersv1;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.numbers.AvailableNumber;
import dev.switchboard.domain.numbers.OwnedNumber;
import dev.switchboard.domain.routes.Route;
import dev.switchboard.domain.routes.RouteId;
import dev.switchboard.domain.routes.RouteType;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.flowroute.Documents;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Numbers v1 answers (reference §9.2, response examples of Flowroute's v1 Node SDK README) read
 * into {@link NumbersV1Answers} by the REST client's mapper, and from there into the domain.
 */
class NumbersV1AnswersTest {

  @Test
  void numbers_for_sale_keep_the_order_sent_and_read_costs_as_strings_or_numbers() {
    NumbersV1Answers.NumbersForSale page =
        Documents.resource(
            """
            {"tns":{
              "12066417727":{"initial_cost":"1.00","monthly_cost":"1.25",
                "billing_methods":["METERED"],"ratecenter":"SEATTLE","state":"WA"},
              "12065550100":{"initial_cost":0.5,"monthly_cost":"n/a","ratecenter":{"odd":1}}},
             "links":{"next":"/v1/available-tns/tns/?limit=2&page=2"},"extra":true}
            """,
            NumbersV1Answers.NumbersForSale.class);

    List<AvailableNumber> numbers =
        page.itemsOrNone().entrySet().stream()
            .map(
                e ->
                    NumbersV1Catalogue.availableNumber(
                        new NumbersV1Calls.Item<>(e.getKey(), e.getValue())))
            .toList();

    assertThat(page.hasNext()).isTrue();
    assertThat(numbers)
        .extracting(n -> n.number().elevenDigits())
        .containsExactly("12066417727", "12065550100");
    assertThat(numbers.get(0).setupCost()).isEqualTo(new BigDecimal("1.00"));
    assertThat(numbers.get(0).monthlyCost()).isEqualTo(new BigDecimal("1.25"));
    assertThat(numbers.get(0).rateCenter()).isEqualTo("SEATTLE");
    assertThat(numbers.get(1).setupCost()).isEqualTo(new BigDecimal("0.5"));
    assertThat(numbers.get(1).monthlyCost()).isNull();
    assertThat(numbers.get(1).rateCenter()).isNull();
  }

  @Test
  void an_empty_collection_or_a_blank_next_link_is_the_last_page() {
    NumbersV1Answers.Routes empty = Documents.resource("{}", NumbersV1Answers.Routes.class);
    NumbersV1Answers.Routes blank =
        Documents.resource(
            "{\"routes\":{},\"links\":{\"prev\":\"/v1/routes/?page=1\",\"next\":\" \"}}",
            NumbersV1Answers.Routes.class);

    assertThat(empty.itemsOrNone()).isEmpty();
    assertThat(empty.hasNext()).isFalse();
    assertThat(blank.itemsOrNone()).isEmpty();
    assertThat(blank.hasNext()).isFalse();
  }

  @Test
  void routes_are_read_by_name_with_sip_reg_as_the_built_in_route() {
    NumbersV1Answers.Routes page =
        Documents.resource(
            """
            {"routes":{"MyHost":{"type":"HOST","value":"24.239.23.45:5060"},
              "sip-reg":{"type":"SIP-REG","value":null},
              "MyPSTN":{"type":"PSTN","value":12065551212}}}
            """,
            NumbersV1Answers.Routes.class);
    Map<String, NumbersV1Answers.Route> routes = page.itemsOrNone();

    Route host = NumbersV1Routes.route("MyHost", routes.get("MyHost"));
    Route pstn = NumbersV1Routes.route("MyPSTN", routes.get("MyPSTN"));

    assertThat(host.type()).isEqualTo(RouteType.HOST);
    assertThat(host.value()).isEqualTo("24.239.23.45:5060");
    assertThat(host.id()).isEqualTo(NumbersV1Routes.idOf("MyHost"));
    assertThat(pstn.value()).isEqualTo("12065551212");
    assertThat(NumbersV1Routes.route("sip-reg", routes.get("sip-reg"))).isEqualTo(Route.sipReg());
  }

  @Test
  void a_number_has_its_primary_route_and_a_sip_reg_failover_reads_as_none() {
    E164Number number = E164Number.parse("12062092845");
    NumbersV1Answers.NumberDetails details =
        Documents.resource(
            """
            {"billing_method":"METERED","routes":[
              {"type":"PSTN","name":"PSTNroute1","value":"12065551212"},
              {"type":"SIP-REG","name":"sip-reg"}],"detail":"/v1/tns/12062092845"}
            """,
            NumbersV1Answers.NumberDetails.class);

    OwnedNumber owned = NumbersV1NumberProvider.owned(number, details);
    OwnedNumber bare = NumbersV1NumberProvider.owned(number, NumbersV1Answers.NumberDetails.NONE);

    assertThat(owned.primaryRoute()).contains(NumbersV1Routes.idOf("PSTNroute1"));
    assertThat(owned.failoverRoute()).isEmpty();
    assertThat(bare.primaryRoute()).contains(RouteId.SIP_REG);
  }
}
