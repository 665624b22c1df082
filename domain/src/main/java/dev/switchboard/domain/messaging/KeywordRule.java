package dev.switchboard.domain.messaging;

import dev.switchboard.domain.shared.ProblemType;
import dev.switchboard.domain.shared.ValidationException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words of one keyword family and the text that answers them, if any.
 *
 * @param words upper case, without spaces; none: the family is off
 * @param reply the auto-reply sent for any of the words; empty: no reply
 */
public record KeywordRule(Set<String> words, Optional<String> reply) {

  /** Room for the longest keyword with spaces and marks around it. */
  static final int LONGEST = 64;

  private static final Pattern WORD = Pattern.compile("[A-Z0-9]{1,32}");

  public KeywordRule {
    words = normalised(words);
    reply = reply == null ? Optional.empty() : reply.filter(r -> !r.isBlank());
    reply.ifPresent(MessageBody::requireValidSms);
  }

  public KeywordRule(Collection<String> words, String reply) {
    this(words == null ? Set.of() : new LinkedHashSet<>(words), Optional.ofNullable(reply));
  }

  /** Whether {@code word} (upper case, no spaces) has a keyword's shape. */
  static boolean isWord(String word) {
    return WORD.matcher(word).matches();
  }

  private static Set<String> normalised(Set<String> words) {
    if (words == null) {
      return Set.of();
    }
    Set<String> out = new LinkedHashSet<>();
    for (String word : words) {
      String w = word == null ? "" : word.strip().toUpperCase(Locale.ROOT);
      if (!isWord(w)) {
        throw new ValidationException(
            ProblemType.INVALID_KEYWORDS,
            "a keyword is 1 to 32 letters or digits, not '" + word + "'");
      }
      out.add(w);
    }
    return java.util.Collections.unmodifiableSet(out);
  }
}
