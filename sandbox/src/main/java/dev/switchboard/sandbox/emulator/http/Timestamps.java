package dev.switchboard.sandbox.emulator.http;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** Flowroute's timestamp formats. */
public final class Timestamps {

  private static final DateTimeFormatter MICROS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter V2_MDR =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'+00:00'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

  private static final DateTimeFormatter PYTHON =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS'+00:00'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter RFC_1123 =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", java.util.Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  private Timestamps() {}

  /**
   * CNAM record form, space-separated as Python prints it: {@code 2018-06-01
   * 00:09:52.513092+00:00}.
   */
  public static String python(Instant instant) {
    return PYTHON.format(instant);
  }

  /** CNAM assignment form, e.g. {@code Fri, 01 Jun 2018 00:17:52 GMT}. */
  public static String rfc1123(Instant instant) {
    return RFC_1123.format(instant);
  }

  /** MDR form, e.g. {@code 2024-10-19T01:21:21.980000Z}. */
  public static String mdr(Instant instant) {
    return MICROS.format(instant);
  }

  /** Legacy Messages v2 record form, e.g. {@code 2016-04-14T21:10:27.366645+00:00} (§8.1). */
  public static String v2Mdr(Instant instant) {
    return V2_MDR.format(instant);
  }

  /** DLR webhook form, to the second, e.g. {@code 2017-12-21T16:44:35Z}. */
  public static String dlr(Instant instant) {
    return SECONDS.format(instant);
  }

  public static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }

  /**
   * A {@code start_date}/{@code end_date} value: a date (midnight UTC; {@code endOfDay} moves it to
   * the next midnight) or a datetime with or without offset (UTC when absent).
   */
  public static Instant parseQueryDate(String value, boolean endOfDay) {
    String v = value.trim().replace(' ', '+');
    try {
      if (v.length() == 10) {
        LocalDate date = LocalDate.parse(v);
        return (endOfDay ? date.plusDays(1) : date).atStartOfDay().toInstant(ZoneOffset.UTC);
      }
      try {
        return OffsetDateTime.parse(v).toInstant();
      } catch (DateTimeParseException e) {
        return LocalDateTime.parse(v).toInstant(ZoneOffset.UTC);
      }
    } catch (DateTimeParseException e) {
      throw FlowrouteException.unprocessable(
          "Invalid date '"
              + value
              + "': use YYYY-MM-DD or an ISO-8601 datetime such as 2017-12-01T00:00:00Z.");
    }
  }
}
