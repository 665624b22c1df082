package dev.switchboard.sandbox.emulator.cnam;

import dev.switchboard.sandbox.emulator.http.FlowrouteException;
import java.util.regex.Pattern;

/**
 * Flowroute's submission rules for CNAM values (§5.1): at most 15 characters, at least one letter,
 * and besides letters, digits and spaces only {@code - _ . , @ + & ' / "}.
 */
final class CnamValues {

  static final int MAX_LENGTH = 15;

  private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9 \\-_.,@+&'/\"]*");
  private static final Pattern LETTER = Pattern.compile(".*[A-Za-z].*");

  private CnamValues() {}

  /** The value trimmed, or a 422 on {@code value} saying which rule it breaks. */
  static String check(String given) {
    if (given == null || given.isBlank()) {
      throw FlowrouteException.invalidAttribute("value", "Missing data for required field.");
    }
    String value = given.trim();
    if (value.length() > MAX_LENGTH) {
      throw FlowrouteException.invalidAttribute(
          "value", "CNAM value must be at most " + MAX_LENGTH + " characters long.");
    }
    if (!ALLOWED.matcher(value).matches()) {
      throw FlowrouteException.invalidAttribute(
          "value",
          "CNAM value may contain only letters, digits, spaces and these special characters:"
              + " - _ . , @ + & ' / \"");
    }
    if (!LETTER.matcher(value).matches()) {
      throw FlowrouteException.invalidAttribute(
          "value", "CNAM value must contain at least one letter.");
    }
    return value;
  }
}
