package dev.switchboard.sandbox.emulator;

import java.util.regex.Pattern;

/** North American number formats as Flowroute v2.1 writes them. */
final class PhoneNumbers {

  private static final Pattern NANP = Pattern.compile("1[2-9]\\d{9}");

  private PhoneNumbers() {}

  static boolean isNanp(String value) {
    return value != null && NANP.matcher(value).matches();
  }

  /** Accepts {@code +1...}, {@code 1...} or ten digits, as a person would type them. */
  static String lenient(String value) {
    if (value == null) {
      return null;
    }
    String digits = value.trim();
    if (digits.startsWith("+")) {
      digits = digits.substring(1);
    }
    if (digits.length() == 10) {
      digits = "1" + digits;
    }
    return digits;
  }
}
