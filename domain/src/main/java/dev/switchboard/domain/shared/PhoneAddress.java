package dev.switchboard.domain.shared;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who sent a text, in the normalised form we store and publish: a North American number ({@code
 * +12065550100}), another country's number in E.164 ({@code +447700900123}), a short code (its
 * digits, {@code 12345}) or an alphanumeric sender ID as the carrier gave it ({@code ACME}).
 * Flowroute delivers texts from all of these to our numbers; our own numbers are always {@link
 * E164Number}s.
 */
public record PhoneAddress(String value) implements Comparable<PhoneAddress> {

  private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{7,14}");
  private static final Pattern SHORT_CODE = Pattern.compile("\\d{3,8}");
  private static final Pattern ALPHANUMERIC =
      Pattern.compile("(?=.*[A-Za-z])[A-Za-z0-9 .&_-]{1,11}");
  private static final Pattern DIGITS = Pattern.compile("\\d+");

  public PhoneAddress {
    if (value == null
        || !(E164.matcher(value).matches()
            || SHORT_CODE.matcher(value).matches()
            || ALPHANUMERIC.matcher(value).matches())) {
      throw new ValidationException(
          ProblemType.INVALID_PHONE_NUMBER,
          "'"
              + value
              + "' is not a phone number in E.164 form, a short code (3 to 8 digits) or an"
              + " alphanumeric sender ID (at most 11 letters and digits)");
    }
    if (value.startsWith("+1") && !isNanp(value)) {
      // +1 numbers are North American: they must be valid ones.
      new E164Number(value);
    }
  }

  public static PhoneAddress of(E164Number number) {
    return new PhoneAddress(number.value());
  }

  /**
   * Reads a sender as Flowroute writes it: North American numbers in its 11-digit form, 10 digits
   * or E.164 become {@code +1...}; other numbers of 9 to 15 digits, with or without the plus,
   * become E.164 (Messaging v2.1 writes them without it, v2.2 with it); 3 to 8 digits are a short
   * code; anything else with a letter is an alphanumeric sender ID, kept as given (trimmed).
   */
  public static PhoneAddress parse(String raw) {
    if (raw == null || raw.isBlank()) {
      throw new ValidationException(ProblemType.INVALID_PHONE_NUMBER, "a sender is required");
    }
    String trimmed = raw.strip();
    String digits = trimmed.startsWith("+") ? trimmed.substring(1) : trimmed;
    if (DIGITS.matcher(digits).matches()) {
      if (digits.length() == 10 || (digits.length() == 11 && digits.startsWith("1"))) {
        return of(E164Number.parse(digits));
      }
      if (digits.length() >= 9 && digits.length() <= 15) {
        return new PhoneAddress("+" + digits);
      }
      if (!trimmed.startsWith("+")) {
        return new PhoneAddress(digits);
      }
    }
    return new PhoneAddress(trimmed);
  }

  /** Whether this is a North American number, one we can text. */
  public boolean isNanp() {
    return isNanp(value);
  }

  /** The North American number, if this is one. */
  public Optional<E164Number> nanp() {
    return isNanp() ? Optional.of(new E164Number(value)) : Optional.empty();
  }

  /**
   * The North American number; only for our own numbers and the recipients of our messages, which
   * are always North American.
   *
   * @throws IllegalStateException for any other sender
   */
  public E164Number asE164() {
    return nanp().orElseThrow(() -> new IllegalStateException(value + " is not a NANP number"));
  }

  /** Flowroute's 11-digit form of a North American number (see {@link #asE164()}). */
  public String elevenDigits() {
    return asE164().elevenDigits();
  }

  private static boolean isNanp(String value) {
    try {
      new E164Number(value);
      return true;
    } catch (ValidationException notNanp) {
      return false;
    }
  }

  @Override
  public int compareTo(PhoneAddress other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
