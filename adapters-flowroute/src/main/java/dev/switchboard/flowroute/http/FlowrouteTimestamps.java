package dev.switchboard.flowroute.http;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads Flowroute's timestamps in all the shapes seen: {@code Z} or {@code +00:00}, 0 to 9 digit
 * fractions, a space instead of {@code T}, or no zone at all (then UTC).
 */
public final class FlowrouteTimestamps {

  private static final int[] NANOS_PER_DIGIT = {
    100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1
  };

  private FlowrouteTimestamps() {}

  public static Optional<Instant> parse(String raw) {
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    String text = raw.strip().replace(' ', 'T');
    Instant usual = usual(text);
    return usual != null ? Optional.of(usual) : withFormatters(text);
  }

  /** Any shape the class reads, through {@code java.time}'s formatters. */
  static Optional<Instant> withFormatters(String text) {
    try {
      return Optional.of(
          OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant());
    } catch (DateTimeParseException withoutZone) {
      try {
        return Optional.of(
            LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                .toInstant(ZoneOffset.UTC));
      } catch (DateTimeParseException unreadable) {
        return Optional.empty();
      }
    }
  }

  /**
   * The shape nearly every timestamp has ({@code 2026-03-01T10:00:00.123456Z}, or with an offset
   * {@code +hh:mm}), read digit by digit; null for any other, which the formatters then read. Each
   * inbound webhook carries one, and the formatters were 6 % of the event loop's time under load.
   */
  static Instant usual(String t) {
    int n = t.length();
    if (n < 20
        || t.charAt(4) != '-'
        || t.charAt(7) != '-'
        || t.charAt(10) != 'T'
        || t.charAt(13) != ':'
        || t.charAt(16) != ':') {
      return null;
    }
    int year = digits(t, 0, 4);
    int month = digits(t, 5, 7);
    int day = digits(t, 8, 10);
    int hour = digits(t, 11, 13);
    int minute = digits(t, 14, 16);
    int second = digits(t, 17, 19);
    if (year < 0 || month < 1 || day < 1 || hour < 0 || hour > 23) {
      return null;
    }
    if (minute < 0 || minute > 59 || second < 0 || second > 59) {
      return null;
    }
    int i = 19;
    int nanos = 0;
    if (t.charAt(i) == '.') {
      int start = ++i;
      while (i < n && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
        i++;
      }
      if (i == start || i - start > NANOS_PER_DIGIT.length) {
        return null;
      }
      nanos = digits(t, start, i) * NANOS_PER_DIGIT[i - start - 1];
    }
    Integer offset = offsetSeconds(t, i);
    if (offset == null || month > 12 || day > Month.of(month).length(Year.isLeap(year))) {
      return null;
    }
    long epochDay = LocalDate.of(year, month, day).toEpochDay();
    return Instant.ofEpochSecond(
        epochDay * 86_400 + hour * 3_600L + minute * 60L + second - offset, nanos);
  }

  /**
   * {@code Z} or {@code +hh:mm}/{@code -hh:mm} from {@code i} to the end, in seconds; else null.
   */
  private static Integer offsetSeconds(String t, int i) {
    int left = t.length() - i;
    if (left == 1 && t.charAt(i) == 'Z') {
      return 0;
    }
    if (left != 6 || t.charAt(i + 3) != ':') {
      return null;
    }
    char sign = t.charAt(i);
    int hours = digits(t, i + 1, i + 3);
    int minutes = digits(t, i + 4, i + 6);
    if (sign != '+' && sign != '-' || hours < 0 || hours > 18 || minutes < 0 || minutes > 59) {
      return null;
    }
    int seconds = hours * 3_600 + minutes * 60;
    if (seconds > 18 * 3_600) {
      return null;
    }
    return sign == '+' ? seconds : -seconds;
  }

  /** The ASCII digits from {@code from} to {@code to} as a number, or -1 if any is not one. */
  private static int digits(String t, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = t.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /** An RFC-1123 date such as {@code Fri, 01 Jun 2018 00:17:52 GMT} (CNAM 202 answers, §5.6). */
  public static Optional<Instant> httpDate(String raw) {
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          ZonedDateTime.parse(raw.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
    } catch (DateTimeParseException unreadable) {
      return parse(raw);
    }
  }
}
