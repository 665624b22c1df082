package dev.switchboard.flowroute.http;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
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

  private FlowrouteTimestamps() {}

  public static Optional<Instant> parse(String raw) {
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    String text = raw.strip().replace(' ', 'T');
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
