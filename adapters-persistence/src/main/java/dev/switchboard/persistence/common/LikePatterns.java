package dev.switchboard.persistence.common;

/**
 * LIKE patterns made from what a user typed: {@code %}, {@code _} and the backslash match
 * themselves, not anything. Queries using them say {@code escape '\'}.
 */
public final class LikePatterns {

  private LikePatterns() {}

  /** A pattern matching any text that contains {@code text}. */
  public static String containing(String text) {
    return "%" + escaped(text) + "%";
  }

  private static String escaped(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
