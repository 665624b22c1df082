package dev.switchboard.domain.shared;

import java.util.regex.Pattern;

/**
 * A North American phone number in E.164 form ({@code +1NPANXXXXXX}), the only numbers Flowroute
 * serves.
 */
public record E164Number(String value) implements Comparable<E164Number> {

  private static final Pattern NANP = Pattern.compile("\\+1[2-9]\\d{2}[2-9]\\d{6}");
  private static final Pattern ELEVEN_DIGITS = Pattern.compile("1\\d{10}");
  private static final Pattern TEN_DIGITS = Pattern.compile("\\d{10}");

  public E164Number {
    if (value == null || !NANP.matcher(value).matches()) {
      throw new ValidationException(
          ProblemType.INVALID_PHONE_NUMBER,
          "'"
              + value
              + "' is not a North American number in E.164 form (+1NPANXXXXXX) or Flowroute's"
              + " 11-digit form (1NPANXXXXXX)");
    }
  }

  /** Reads {@code +12065550100}, {@code 12065550100} (Flowroute's form) or {@code 2065550100}. */
  public static E164Number parse(String raw) {
    if (raw == null) {
      throw new ValidationException(ProblemType.INVALID_PHONE_NUMBER, "a phone number is required");
    }
    String trimmed = raw.strip();
    if (ELEVEN_DIGITS.matcher(trimmed).matches()) {
      return new E164Number("+" + trimmed);
    }
    if (TEN_DIGITS.matcher(trimmed).matches()) {
      return new E164Number("+1" + trimmed);
    }
    return new E164Number(trimmed);
  }

  /** Flowroute's v2/v2.1 form: 11 digits without the plus sign. */
  public String elevenDigits() {
    return value.substring(1);
  }

  @Override
  public int compareTo(E164Number other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
