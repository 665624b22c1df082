package dev.switchboard.persistence;

/**
 * LIKE patterns made from what a user typed: {@code %}, {@code _} and the backslash match
 * themselves, not anything. Queries using them say {@code escape '\'}.
 */
final class LikePatterns {

  private LikePatterns() {}

  /** A pattern matching any text that contains {@code text}. */
  static String containing(String text) {
    return "%" + escaped(text) + "%";
  }

  private static String escaped(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
