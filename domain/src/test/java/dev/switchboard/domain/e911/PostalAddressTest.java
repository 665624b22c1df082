package dev.switchboard.domain.e911;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.shared.ValidationException;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class PostalAddressTest {

  static PostalAddress address(
      Optional<AddressType> type,
      Optional<String> unit,
      String state,
      Country country,
      String zip) {
    return new PostalAddress(
        "Office", "Chris", "Smith", "1182", "3rd Ave", type, unit, "Seattle", state, country, zip);
  }

  @Test
  void a_us_address_with_a_suite_is_valid_and_normalised() {
    PostalAddress a =
        address(Optional.of(AddressType.SUITE), Optional.of(" 100 "), "wa", Country.US, "98101");
    assertThat(a.state()).isEqualTo("WA");
    assertThat(a.addressTypeNumber()).contains("100");
  }

  @Test
  void a_canadian_address_takes_a_province_and_a_postal_code() {
    PostalAddress a = address(Optional.empty(), Optional.empty(), "on", Country.CA, "m4c 5k7");
    assertThat(a.zip()).isEqualTo("M4C 5K7");
    assertThatThrownBy(
            () -> address(Optional.empty(), Optional.empty(), "WA", Country.CA, "M4C5K7"))
        .isInstanceOf(ValidationException.class)
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo("invalid-state");
  }

  @Test
  void a_unit_type_needs_its_number_and_the_other_way_round() {
    assertThatThrownBy(
            () ->
                address(
                    Optional.of(AddressType.FLOOR), Optional.empty(), "WA", Country.US, "98101"))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> address(Optional.empty(), Optional.of("3"), "WA", Country.US, "98101"))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void address_types_are_read_by_name_or_short_code_in_any_case() {
    assertThat(AddressType.parse("suite")).isEqualTo(AddressType.SUITE);
    assertThat(AddressType.parse("SU")).isEqualTo(AddressType.SUITE);
    assertThat(AddressType.parse("bm")).isEqualTo(AddressType.BASEMENT);
    assertThat(AddressType.parse("Hanger")).isEqualTo(AddressType.HANGER);
    assertThatThrownBy(() -> AddressType.parse("Castle")).isInstanceOf(ValidationException.class);
  }

  @Property
  void every_five_digit_zip_is_a_us_postal_code(@ForAll("zips") String zip) {
    assertThat(address(Optional.empty(), Optional.empty(), "WA", Country.US, zip).zip())
        .isEqualTo(zip);
  }

  @Property
  void zips_of_other_lengths_are_refused(@ForAll("badZips") String zip) {
    assertThatThrownBy(() -> address(Optional.empty(), Optional.empty(), "WA", Country.US, zip))
        .isInstanceOf(ValidationException.class)
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo("invalid-postal-code");
  }

  @Property
  void every_us_state_is_refused_in_canada(@ForAll("usStates") String state) {
    assertThatThrownBy(() -> Country.CA.requireRegion(state))
        .isInstanceOf(ValidationException.class);
    assertThat(Country.US.requireRegion(state.toLowerCase())).isEqualTo(state);
  }

  @Provide
  Arbitrary<String> zips() {
    return Arbitraries.strings().numeric().ofLength(5);
  }

  @Provide
  Arbitrary<String> badZips() {
    return Arbitraries.oneOf(
        Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(4),
        Arbitraries.strings().numeric().ofMinLength(6).ofMaxLength(10),
        Arbitraries.strings().alpha().ofLength(5));
  }

  @Provide
  Arbitrary<String> usStates() {
    return Arbitraries.of("WA", "NY", "CA", "TX", "DC", "PR", "AK", "HI");
  }
}
