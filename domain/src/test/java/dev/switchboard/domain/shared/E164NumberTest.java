package dev.switchboard.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class E164NumberTest {

  @Test
  void reads_e164_flowroute_and_ten_digit_forms_as_the_same_number() {
    assertThat(E164Number.parse("+12065550100")).isEqualTo(new E164Number("+12065550100"));
    assertThat(E164Number.parse("12065550100")).isEqualTo(new E164Number("+12065550100"));
    assertThat(E164Number.parse(" 2065550100 ")).isEqualTo(new E164Number("+12065550100"));
  }

  @Test
  void writes_flowroutes_eleven_digit_form() {
    assertThat(E164Number.parse("+12065550100").elevenDigits()).isEqualTo("12065550100");
  }

  @Test
  void refuses_numbers_outside_north_america_and_malformed_ones() {
    for (String bad :
        new String[] {"+442071234567", "+1206555010", "+120655501000", "+11065550100", "abc", ""}) {
      assertThatThrownBy(() -> E164Number.parse(bad))
          .isInstanceOf(ValidationException.class)
          .extracting(e -> ((ValidationException) e).code())
          .isEqualTo("invalid-phone-number");
    }
  }

  @Property
  void every_valid_nanp_number_round_trips_through_flowroutes_form(
      @ForAll @IntRange(min = 2, max = 9) int npaFirst,
      @ForAll @IntRange(min = 2, max = 9) int nxxFirst,
      @ForAll @StringLength(8) @NumericChars String rest) {
    String e164 = "+1" + npaFirst + rest.substring(0, 2) + nxxFirst + rest.substring(2, 8);
    E164Number number = new E164Number(e164);
    assertThat(E164Number.parse(number.elevenDigits())).isEqualTo(number);
  }

  @Property
  void an_area_code_starting_with_0_or_1_is_refused(
      @ForAll @IntRange(min = 0, max = 1) int npaFirst,
      @ForAll @StringLength(9) @NumericChars String rest) {
    assertThatThrownBy(() -> new E164Number("+1" + npaFirst + rest))
        .isInstanceOf(ValidationException.class);
  }
}
