package dev.switchboard.domain.shared;

/**
 * The rule for text we keep: PostgreSQL refuses a NUL character in {@code text} and {@code jsonb},
 * and an unpaired UTF-16 surrogate is no Unicode character at all (it cannot be encoded as UTF-8).
 * Every way input enters (request paths and query parameters, JSON bodies, webhook bodies) applies
 * this one rule, so that such input is refused as a bad request rather than by the database.
 */
public final class StorableText {

  /** The code of the refusal. */
  private StorableText() {}

  /** Whether {@code text} has neither a NUL character nor an unpaired surrogate. */
  public static boolean storable(CharSequence text) {
    if (text == null) {
      return true;
    }
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c == '\0') {
        return false;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return false;
        }
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  /** {@code text} itself, or a refusal naming {@code where} it was found (never the text). */
  public static String require(String where, String text) {
    if (!storable(text)) {
      throw refusal(where);
    }
    return text;
  }

  /** The refusal of unstorable text found in {@code where}. */
  public static ValidationException refusal(String where) {
    return new ValidationException(
        ProblemType.INVALID_CHARACTERS,
        where
            + " holds a NUL character or an unpaired UTF-16 surrogate, which cannot be stored;"
            + " remove it");
  }
}
