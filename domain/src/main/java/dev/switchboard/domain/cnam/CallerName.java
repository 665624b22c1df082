package dev.switchboard.domain.cnam;

import dev.switchboard.domain.shared.ProblemType;
import dev.switchboard.domain.shared.ValidationException;

/**
 * A caller-ID name (CNAM) by Flowroute's storage rules: 1 to 15 characters, at least one letter,
 * and besides letters, digits and spaces only {@code - _ . , @ + & ' / "}.
 */
public record CallerName(String value) {

  public static final int MAX_LENGTH = 15;
  private static final String SPECIALS = "-_.,@+&'/\"";

  public CallerName {
    if (value == null || value.isBlank()) {
      throw invalid("a caller name is required");
    }
    value = value.strip();
    if (value.length() > MAX_LENGTH) {
      throw invalid("a caller name has at most " + MAX_LENGTH + " characters");
    }
    if (value.chars().noneMatch(CallerName::isAsciiLetter)) {
      throw invalid("a caller name needs at least one letter");
    }
    for (char c : value.toCharArray()) {
      if (!(isAsciiLetter(c) || (c >= '0' && c <= '9') || c == ' ' || SPECIALS.indexOf(c) >= 0)) {
        throw invalid(
            "'" + c + "' is not allowed: use letters, digits, spaces and " + SPECIALS + " only");
      }
    }
  }

  private static boolean isAsciiLetter(int c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  private static ValidationException invalid(String message) {
    return new ValidationException(ProblemType.INVALID_CALLER_NAME, message);
  }

  @Override
  public String toString() {
    return value;
  }
}
