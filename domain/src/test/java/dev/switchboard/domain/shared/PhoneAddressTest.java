package dev.switchboard.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneAddressTest {

  @ParameterizedTest
  @CsvSource({
    "12065550199, +12065550199",
    "+12065550199, +12065550199",
    "2065550199, +12065550199",
    "447700900123, +447700900123",
    "+447700900123, +447700900123",
    "33612345678, +33612345678",
    "12345, 12345",
    "787, 787",
    "ACME, ACME",
    "' ACME Bank ', ACME Bank"
  })
  void normalises_every_sender_flowroute_delivers_from(String raw, String normal) {
    assertThat(PhoneAddress.parse(raw).value()).isEqualTo(normal);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "12", "+12", "not a sender!", "ABCDEFGHIJKL", "+1206555", "+10005550199"})
  void refuses_what_is_no_sender(String raw) {
    assertThatThrownBy(() -> PhoneAddress.parse(raw)).isInstanceOf(ValidationException.class);
  }

  @Test
  void only_north_american_numbers_can_be_texted() {
    assertThat(PhoneAddress.parse("12065550199").nanp()).contains(new E164Number("+12065550199"));
    assertThat(PhoneAddress.parse("12345").nanp()).isEmpty();
    assertThat(PhoneAddress.parse("+447700900123").isNanp()).isFalse();
    assertThatThrownBy(() -> PhoneAddress.parse("ACME").elevenDigits())
        .isInstanceOf(IllegalStateException.class);
  }
}
