package dev.switchboard.domain.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Segment counting as GSM 03.38 / 03.40 defines it (160 / 153 septets, 70 / 67 UCS-2 units). The
 * Flowroute reference (§6.7, [DOCS message-length-concatenation]) documents 140 ASCII characters
 * per part and calls any non-ASCII text UCS-2; its §13 U23 records the disagreement with the 153
 * that carriers use, which is what these tests pin.
 */
class BodyEncodingTest {

  @Test
  void plain_text_is_gsm7_in_one_segment_up_to_160_septets() {
    assertThat(BodyEncoding.of("a".repeat(160)))
        .isEqualTo(new BodyEncoding(TextEncoding.GSM_7, 160, 1));
    assertThat(BodyEncoding.of("a".repeat(161)).segments()).isEqualTo(2);
  }

  @Test
  void concatenated_gsm7_parts_hold_153_septets() {
    assertThat(BodyEncoding.of("a".repeat(306)).segments()).isEqualTo(2);
    assertThat(BodyEncoding.of("a".repeat(307)).segments()).isEqualTo(3);
  }

  @Test
  void extension_characters_take_two_septets() {
    BodyEncoding braces = BodyEncoding.of("{}[]~^|\\€");
    assertThat(braces.encoding()).isEqualTo(TextEncoding.GSM_7);
    assertThat(braces.units()).isEqualTo(18);
    // 80 euro signs are 160 septets: one segment; one more character makes two.
    assertThat(BodyEncoding.of("€".repeat(80)).segments()).isEqualTo(1);
    assertThat(BodyEncoding.of("€".repeat(80) + "a").segments()).isEqualTo(2);
  }

  @Test
  void an_escape_pair_is_never_split_across_two_parts() {
    // 152 septets then an escape pair, which does not fit in part one's 153: 152 + 153 + 1.
    BodyEncoding text = BodyEncoding.of("a".repeat(152) + "{" + "a".repeat(152));
    assertThat(text.units()).isEqualTo(306);
    assertThat(text.segments()).isEqualTo(3);
  }

  @Test
  void gsm_letters_outside_ascii_stay_gsm7() {
    assertThat(BodyEncoding.of("café £5 ¿Señor Müller? Ça va à 3€").encoding())
        .isEqualTo(TextEncoding.GSM_7);
  }

  @Test
  void any_character_outside_gsm7_makes_the_whole_text_ucs2() {
    assertThat(BodyEncoding.of("ok `").encoding()).isEqualTo(TextEncoding.UCS_2);
    assertThat(BodyEncoding.of("Grüße ✓").encoding()).isEqualTo(TextEncoding.UCS_2);
    assertThat(BodyEncoding.of("naïve").encoding()).isEqualTo(TextEncoding.UCS_2);
  }

  @Test
  void ucs2_holds_70_units_in_one_segment_and_67_per_part() {
    assertThat(BodyEncoding.of("✓".repeat(70)))
        .isEqualTo(new BodyEncoding(TextEncoding.UCS_2, 70, 1));
    assertThat(BodyEncoding.of("✓".repeat(71)).segments()).isEqualTo(2);
    assertThat(BodyEncoding.of("✓".repeat(134)).segments()).isEqualTo(2);
    assertThat(BodyEncoding.of("✓".repeat(135)).segments()).isEqualTo(3);
  }

  @Test
  void an_emoji_takes_two_units_and_is_not_split() {
    assertThat(BodyEncoding.of("😀").units()).isEqualTo(2);
    assertThat(BodyEncoding.of("😀".repeat(35)).segments()).isEqualTo(1);
    // 66 units then a surrogate pair, which does not fit in the first part's 67: 66 + 67 + 1.
    BodyEncoding text = BodyEncoding.of("✓".repeat(66) + "😀" + "✓".repeat(66));
    assertThat(text.units()).isEqualTo(134);
    assertThat(text.segments()).isEqualTo(3);
  }

  @Test
  void no_text_is_no_segment() {
    assertThat(BodyEncoding.of(null)).isEqualTo(new BodyEncoding(TextEncoding.GSM_7, 0, 0));
    assertThat(BodyEncoding.of("")).isEqualTo(new BodyEncoding(TextEncoding.GSM_7, 0, 0));
  }

  @Test
  void limits_are_per_encoding() {
    assertThat(BodyEncoding.of("a".repeat(1600)).tooLong()).isFalse();
    assertThat(BodyEncoding.of("a".repeat(1601)).tooLong()).isTrue();
    assertThat(BodyEncoding.of("✓".repeat(700)).tooLong()).isFalse();
    assertThat(BodyEncoding.of("✓".repeat(701)).tooLong()).isTrue();
  }
}
