package dev.switchboard.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StorableTextTest {

  @Test
  void ordinary_text_and_paired_surrogates_are_storable() {
    assertThat(StorableText.storable("hello, wörld \ud83d\ude00")).isTrue();
    assertThat(StorableText.storable("")).isTrue();
    assertThat(StorableText.storable(null)).isTrue();
    assertThat(StorableText.storable("tab\tand\nnewline")).isTrue();
  }

  @Test
  void a_nul_or_an_unpaired_surrogate_anywhere_is_not() {
    assertThat(StorableText.storable("a\u0000b")).isFalse();
    assertThat(StorableText.storable("\ud800")).isFalse();
    assertThat(StorableText.storable("end\ud83d")).isFalse();
    assertThat(StorableText.storable("\ude00start")).isFalse();
    assertThat(StorableText.storable("\ude00\ud83d")).isFalse();
  }

  @Test
  void the_refusal_names_the_place_and_never_the_text() {
    assertThatThrownBy(() -> StorableText.require("field 'body'", "secret\u0000"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("field 'body'")
        .hasMessageNotContaining("secret")
        .extracting(e -> ((ValidationException) e).code())
        .isEqualTo(ProblemType.INVALID_CHARACTERS.code());
  }
}
