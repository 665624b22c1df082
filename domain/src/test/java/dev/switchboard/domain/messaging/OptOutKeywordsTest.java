package dev.switchboard.domain.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OptOutKeywordsTest {

  @Test
  void recognises_stop_and_start_keywords_whatever_the_case() {
    assertThat(OptOutKeywords.of(" stop ")).contains(OptOutKeywords.Intent.STOP);
    assertThat(OptOutKeywords.of("Unsubscribe.")).contains(OptOutKeywords.Intent.STOP);
    assertThat(OptOutKeywords.of("START")).contains(OptOutKeywords.Intent.START);
  }

  @Test
  void a_sentence_that_contains_a_keyword_is_not_one() {
    assertThat(OptOutKeywords.of("please stop by later")).isEmpty();
    assertThat(OptOutKeywords.of(null)).isEmpty();
    assertThat(OptOutKeywords.of("stop " + "and think ".repeat(10))).isEmpty();
  }

  @Test
  void trailing_marks_after_a_keyword_are_ignored() {
    assertThat(OptOutKeywords.of("stop!!!")).contains(OptOutKeywords.Intent.STOP);
    assertThat(OptOutKeywords.of("  yes.  ")).contains(OptOutKeywords.Intent.START);
  }
}
