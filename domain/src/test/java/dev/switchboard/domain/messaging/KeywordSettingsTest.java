package dev.switchboard.domain.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.shared.ProblemType;
import dev.switchboard.domain.shared.ValidationException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which texts are keywords, in which family, and how a number's own rules replace the account's.
 */
class KeywordSettingsTest {

  private final KeywordSettings defaults = KeywordSettings.DEFAULTS;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "STOP",
        "stop",
        " Stop ",
        "STOPALL",
        "Stop All",
        "unsubscribe",
        "CANCEL",
        "end",
        "QUIT",
        "quit!",
        "Stop.",
        "\tSTOP\n",
        "OPTOUT",
        "REVOKE"
      })
  void the_stop_family_opts_out_whatever_the_case_and_spaces(String body) {
    assertThat(defaults.match(body)).contains(Keyword.STOP);
  }

  @ParameterizedTest
  @ValueSource(strings = {"START", "start", " Unstop ", "yes", "YES!", "OPTIN"})
  void the_start_family_opts_back_in(String body) {
    assertThat(defaults.match(body)).contains(Keyword.START);
  }

  @ParameterizedTest
  @ValueSource(strings = {"HELP", "help", " Info. "})
  void the_help_family_is_answered(String body) {
    assertThat(defaults.match(body)).contains(Keyword.HELP);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "please stop texting me",
        "STOPP",
        "STOP?",
        "HELP ME",
        "yes please",
        "st0p"
      })
  void a_text_that_is_more_or_other_than_one_keyword_is_none(String body) {
    assertThat(defaults.match(body)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Running late, see you at 6",
        "ok?",
        "re: mdr2-42",
        "a text of more than sixty-four characters can never be any keyword at all"
      })
  void a_text_that_is_not_one_word_of_letters_and_digits_could_be_no_keyword(String body) {
    assertThat(KeywordSettings.couldBeKeyword(body)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"stop", " Arret! ", "S T O P", "hello", "OPTIN2026"})
  void one_word_of_letters_and_digits_could_be_a_keyword_under_some_settings(String body) {
    assertThat(KeywordSettings.couldBeKeyword(body)).isTrue();
  }

  @Test
  void no_text_and_long_texts_are_never_keywords() {
    assertThat(defaults.match(null)).isEmpty();
    assertThat(defaults.match("STOP" + " ".repeat(100))).isEmpty();
  }

  @Test
  void the_defaults_answer_nothing_until_a_reply_is_configured() {
    for (Keyword family : Keyword.values()) {
      assertThat(defaults.reply(family)).isEmpty();
    }
  }

  @Test
  void an_override_replaces_the_words_and_reply_of_its_family_only() {
    KeywordSettings own =
        defaults.overriddenBy(Map.of(Keyword.HELP, new KeywordRule(List.of("aide"), "Acme: 555")));

    assertThat(own.match("AIDE")).contains(Keyword.HELP);
    assertThat(own.match("HELP")).isEmpty();
    assertThat(own.reply(Keyword.HELP)).contains("Acme: 555");
    assertThat(own.match("stop")).contains(Keyword.STOP);
  }

  @Test
  void a_family_without_words_is_off() {
    KeywordSettings own =
        defaults.overriddenBy(Map.of(Keyword.HELP, new KeywordRule(List.of(), null)));

    assertThat(own.match("HELP")).isEmpty();
  }

  @Test
  void a_word_in_two_families_is_refused() {
    assertThatThrownBy(
            () ->
                defaults.overriddenBy(
                    Map.of(Keyword.HELP, new KeywordRule(List.of("HELP", "STOP"), null))))
        .isInstanceOf(ValidationException.class)
        .extracting(e -> ((ValidationException) e).problem())
        .isEqualTo(ProblemType.INVALID_KEYWORDS);
  }

  @Test
  void a_word_with_spaces_or_marks_is_refused_and_a_reply_must_be_a_valid_sms() {
    assertThatThrownBy(() -> new KeywordRule(List.of("STOP NOW"), null))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> new KeywordRule(List.of("HELP"), "x".repeat(2000)))
        .isInstanceOf(ValidationException.class);
  }
}
