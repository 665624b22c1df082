package dev.switchboard.domain.numbers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.shared.ValidationException;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class NumberSearchTest {

  static NumberSearch search(
      Optional<String> state, Optional<String> rateCenter, Optional<String> orderBy, int limit) {
    return new NumberSearch(
        Optional.of("206"),
        Optional.empty(),
        Optional.empty(),
        state,
        rateCenter,
        Optional.empty(),
        orderBy,
        limit,
        0);
  }

  @Test
  void a_rate_center_needs_its_state() {
    assertThatThrownBy(() -> search(Optional.empty(), Optional.of("seattle"), Optional.empty(), 10))
        .isInstanceOf(ValidationException.class)
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo("rate-center-needs-state");
    assertThat(search(Optional.of("WA"), Optional.of("Seattle"), Optional.empty(), 10).state())
        .contains("wa");
  }

  @Test
  void orders_only_by_known_fields_and_directions() {
    assertThat(search(Optional.empty(), Optional.empty(), Optional.of("monthly_cost,asc"), 10))
        .isNotNull();
    assertThatThrownBy(
            () -> search(Optional.empty(), Optional.empty(), Optional.of("colour,asc"), 10))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(
            () -> search(Optional.empty(), Optional.empty(), Optional.of("value,up"), 10))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void orders_by_the_documented_iso_country_but_not_by_setup_cost_which_flowroute_does_not_list() {
    assertThat(search(Optional.empty(), Optional.empty(), Optional.of("iso_country,desc"), 10))
        .isNotNull();
    assertThatThrownBy(
            () -> search(Optional.empty(), Optional.empty(), Optional.of("setup_cost,asc"), 10))
        .isInstanceOf(ValidationException.class);
  }

  @Property
  void a_page_holds_1_to_200_numbers(@ForAll @IntRange(min = -50, max = 500) int limit) {
    if (limit >= 1 && limit <= 200) {
      assertThat(search(Optional.empty(), Optional.empty(), Optional.empty(), limit).limit())
          .isEqualTo(limit);
    } else {
      assertThatThrownBy(() -> search(Optional.empty(), Optional.empty(), Optional.empty(), limit))
          .isInstanceOf(ValidationException.class);
    }
  }

  @Test
  void digit_filters_take_digits_only() {
    assertThatThrownBy(() -> NumberSearches.startingWith(Optional.of("20a"), 10, 0))
        .isInstanceOf(ValidationException.class);
  }
}
