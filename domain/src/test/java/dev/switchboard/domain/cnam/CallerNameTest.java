package dev.switchboard.domain.cnam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.shared.ValidationException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class CallerNameTest {

  @Test
  void accepts_flowroutes_examples() {
    assertThat(new CallerName("FR H5K8").value()).isEqualTo("FR H5K8");
    assertThat(new CallerName("TEST, MARIA").value()).isEqualTo("TEST, MARIA");
    assertThat(new CallerName("A&B Co. @HQ").value()).isEqualTo("A&B Co. @HQ");
  }

  @Test
  void refuses_names_without_a_letter_too_long_or_with_other_characters() {
    for (String bad : new String[] {"12345", "ABCDEFGHIJKLMNOP", "Café", "Hi!", "a#b", " "}) {
      assertThatThrownBy(() -> new CallerName(bad))
          .as(bad)
          .isInstanceOf(ValidationException.class)
          .extracting(e -> ((ValidationException) e).code())
          .isEqualTo("invalid-caller-name");
    }
  }

  @Property
  void any_allowed_name_of_at_most_15_with_a_letter_is_valid(@ForAll("valid") String value) {
    assertThat(new CallerName(value).value()).isEqualTo(value.strip());
  }

  @Property
  void any_name_over_15_characters_is_refused(@ForAll("tooLong") String value) {
    assertThatThrownBy(() -> new CallerName(value)).isInstanceOf(ValidationException.class);
  }

  @Provide
  Arbitrary<String> valid() {
    Arbitrary<String> rest =
        Arbitraries.strings().withChars("abcXYZ0189 -_.,@+&'/\"").ofMinLength(0).ofMaxLength(13);
    return Arbitraries.strings()
        .withCharRange('A', 'Z')
        .ofLength(1)
        .flatMap(letter -> rest.map(r -> letter + r + "Q"));
  }

  @Provide
  Arbitrary<String> tooLong() {
    return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(16).ofMaxLength(40);
  }
}
