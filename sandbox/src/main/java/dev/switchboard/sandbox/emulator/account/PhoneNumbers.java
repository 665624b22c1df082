package dev.switchboard.sandbox.emulator.account;

import java.util.regex.Pattern;

/** North American number formats as Flowroute v2.1 writes them. */
public final class PhoneNumbers {

  private static final Pattern NANP = Pattern.compile("1[2-9]\\d{9}");
  private static final Pattern INTERNATIONAL = Pattern.compile("[2-9]\\d{8,14}");
  private static final Pattern SHORT_CODE = Pattern.compile("\\d{3,8}");
  private static final Pattern SENDER_ID = Pattern.compile("(?=.*[A-Za-z])[A-Za-z0-9 .&_-]{1,11}");

  private PhoneNumbers() {}

  public static boolean isNanp(String value) {
    return value != null && NANP.matcher(value).matches();
  }

  /**
   * A sender that is not one of ours, as Messaging v2.1 writes it, or null when it is none: a North
   * American number ({@code 1NPANXXXXXX}), another country's number (its digits, without the plus),
   * a short code (3 to 8 digits) or an alphanumeric sender ID (kept as given).
   */
  public static String sender(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String nanp = lenient(value);
    if (isNanp(nanp)) {
      return nanp;
    }
    String trimmed = value.trim();
    String digits = trimmed.startsWith("+") ? trimmed.substring(1) : trimmed;
    if (INTERNATIONAL.matcher(digits).matches()) {
      return digits;
    }
    if (!trimmed.startsWith("+") && SHORT_CODE.matcher(digits).matches()) {
      return digits;
    }
    return SENDER_ID.matcher(trimmed).matches() ? trimmed : null;
  }

  /** Whether a v2.1 sender is a number with a country code (written with a plus in v2.2). */
  public static boolean isFullNumber(String sender) {
    return isNanp(sender) || (sender != null && INTERNATIONAL.matcher(sender).matches());
  }

  /** Accepts {@code +1...}, {@code 1...} or ten digits, as a person would type them. */
  public static String lenient(String value) {
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
