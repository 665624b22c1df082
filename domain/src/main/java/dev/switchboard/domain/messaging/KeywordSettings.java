package dev.switchboard.domain.messaging;

import dev.switchboard.domain.shared.ProblemType;
import dev.switchboard.domain.shared.ValidationException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The keywords our numbers answer, one rule per family: the account's, or a number's own. A text is
 * a keyword when its whole body is one of the words, whatever its case and the spaces and final
 * {@code .} or {@code !} around it.
 */
public record KeywordSettings(Map<Keyword, KeywordRule> rules) {

  /** The carrier-standard words (CTIA), answered by no reply until one is configured. */
  public static final KeywordSettings DEFAULTS =
      new KeywordSettings(
          Map.of(
              Keyword.STOP,
              new KeywordRule(
                  List.of(
                      "STOP",
                      "STOPALL",
                      "UNSUBSCRIBE",
                      "CANCEL",
                      "END",
                      "QUIT",
                      "OPTOUT",
                      "REVOKE"),
                  null),
              Keyword.START,
              new KeywordRule(List.of("START", "UNSTOP", "YES", "OPTIN"), null),
              Keyword.HELP,
              new KeywordRule(List.of("HELP", "INFO"), null)));

  public KeywordSettings {
    Map<Keyword, KeywordRule> all = new EnumMap<>(Keyword.class);
    for (Keyword family : Keyword.values()) {
      KeywordRule rule = rules == null ? null : rules.get(family);
      all.put(family, rule == null ? new KeywordRule(List.of(), null) : rule);
    }
    Map<String, Keyword> owner = new HashMap<>();
    all.forEach(
        (family, rule) ->
            rule.words()
                .forEach(
                    word -> {
                      Keyword other = owner.putIfAbsent(word, family);
                      if (other != null) {
                        throw new ValidationException(
                            ProblemType.INVALID_KEYWORDS,
                            word + " cannot be both a " + other + " and a " + family + " keyword");
                      }
                    }));
    rules = Collections.unmodifiableMap(all);
  }

  /** The family whose word is the whole text, if one is. */
  public Optional<Keyword> match(String body) {
    return wordOf(body).flatMap(this::familyOf);
  }

  /** The family {@code word} (as {@link #wordOf} gives it) belongs to, if any. */
  public Optional<Keyword> familyOf(String word) {
    for (Map.Entry<Keyword, KeywordRule> rule : rules.entrySet()) {
      if (rule.getValue().words().contains(word)) {
        return Optional.of(rule.getKey());
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the text could be a keyword under any settings: most texts cannot, and for them no
   * number's keywords need to be read.
   */
  public static boolean couldBeKeyword(String body) {
    return wordOf(body).isPresent();
  }

  /**
   * The word a text would be as a keyword under any settings (its body without case, spaces and
   * final marks), if it has a keyword's shape.
   */
  public static Optional<String> wordOf(String body) {
    // Keywords are short: longer texts are not read at all, the commonest case made cheap.
    if (body == null || body.length() > KeywordRule.LONGEST) {
      return Optional.empty();
    }
    // A loop rather than regular expressions: every inbound text passes here.
    String text = body.strip().toUpperCase(Locale.ROOT);
    int end = text.length();
    while (end > 0 && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == '!')) {
      end--;
    }
    StringBuilder letters = new StringBuilder(end);
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (" \t\n\u000B\f\r".indexOf(c) < 0) {
        letters.append(c);
      }
    }
    String word = letters.toString();
    return KeywordRule.isWord(word) ? Optional.of(word) : Optional.empty();
  }

  /** The auto-reply of a family, if it has one. */
  public Optional<String> reply(Keyword family) {
    return rules.get(family).reply();
  }

  /** These settings with the families {@code override} gives replaced by its rules. */
  public KeywordSettings overriddenBy(Map<Keyword, KeywordRule> override) {
    Map<Keyword, KeywordRule> merged = new EnumMap<>(rules);
    merged.putAll(override);
    return new KeywordSettings(merged);
  }
}
