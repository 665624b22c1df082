package dev.switchboard.domain.routes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.numbers.usecase.AssignRoute;
import dev.switchboard.domain.shared.ValidationException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class RouteValueTest {

  @Test
  void accepts_the_forms_flowroute_documents() {
    assertThat(RouteValue.requireValid(RouteType.HOST, "24.239.23.40:5060")).isNotNull();
    assertThat(RouteValue.requireValid(RouteType.HOST, "myphone.com")).isNotNull();
    assertThat(RouteValue.requireValid(RouteType.HOST, "il775u.sonsofodin.com;transport=tls"))
        .isNotNull();
    assertThat(RouteValue.requireValid(RouteType.NUMBER, "16476998778")).isNotNull();
    assertThat(RouteValue.requireValid(RouteType.URI, "sip:alice@atlanta.com")).isNotNull();
    assertThat(
            RouteValue.requireValid(
                RouteType.URI, "sip:16476998778@215.122.69.152:5060;transport=tcp"))
        .isNotNull();
    assertThat(RouteValue.requireValid(RouteType.URI, "sips:securecall@securedserver.com"))
        .isNotNull();
  }

  @Test
  void refuses_values_of_the_wrong_shape() {
    assertInvalid(RouteType.HOST, "not a host");
    assertInvalid(RouteType.HOST, "example.com:70000");
    assertInvalid(RouteType.NUMBER, "+16476998778");
    assertInvalid(RouteType.NUMBER, "6476998778");
    assertInvalid(RouteType.URI, "http://example.com");
    assertInvalid(RouteType.URI, "sip:example.com");
    assertInvalid(RouteType.HOST, "example.com;transport=sctp");
    assertInvalid(RouteType.HOST, "example.com;colour=blue");
    assertInvalid(RouteType.NUMBER, " ");
  }

  @Property
  void weights_from_0_to_1000_are_read_back(@ForAll @IntRange(min = 0, max = 1000) int weight) {
    String value = RouteValue.requireValid(RouteType.HOST, "pbx.example.com;weight=" + weight);
    assertThat(RouteValue.weight(value)).hasValue(weight);
  }

  @Property
  void weights_above_1000_are_refused(@ForAll @IntRange(min = 1001, max = 99999) int weight) {
    assertInvalid(RouteType.NUMBER, "16476998778;weight=" + weight);
  }

  @Test
  void weighted_routing_needs_a_weight_on_both_routes() {
    Route weighted = route("1", "a.example.com;weight=10");
    Route other = route("2", "b.example.com;weight=90");
    Route plain = route("3", "c.example.com");
    assertThat(AssignRoute.weighted(java.util.Optional.of(weighted), java.util.Optional.of(other)))
        .isTrue();
    assertThat(AssignRoute.weighted(java.util.Optional.of(weighted), java.util.Optional.of(plain)))
        .isFalse();
  }

  @Test
  void sip_reg_cannot_be_created() {
    assertThatThrownBy(
            () -> new RouteSpec(RouteType.SIP_REG, null, "x", java.util.Optional.empty()))
        .isInstanceOf(ValidationException.class);
  }

  private static Route route(String id, String value) {
    return new Route(new RouteId(id), RouteType.HOST, value, "r" + id, java.util.Optional.empty());
  }

  private static void assertInvalid(RouteType type, String value) {
    assertThatThrownBy(() -> RouteValue.requireValid(type, value))
        .isInstanceOf(ValidationException.class)
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo("invalid-route-value");
  }
}
