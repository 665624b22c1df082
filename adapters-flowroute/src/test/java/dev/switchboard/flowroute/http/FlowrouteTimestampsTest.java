package dev.switchboard.flowroute.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FlowrouteTimestampsTest {

  @Test
  void reads_the_usual_shape_as_the_iso_formatters_do_for_any_instant_fraction_and_offset() {
    Random random = new Random(21);
    for (int i = 0; i < 20_000; i++) {
      int nanos = random.nextInt(1_000_000_000);
      int unit = (int) Math.pow(10, random.nextInt(10)); // 0 to 9 digits of fraction
      Instant instant =
          Instant.ofEpochSecond(
              random.nextLong(-2_000_000_000L, 8_000_000_000L), nanos - nanos % unit);
      ZoneOffset offset =
          random.nextBoolean()
              ? ZoneOffset.UTC
              : ZoneOffset.ofTotalSeconds(random.nextInt(-18 * 60, 18 * 60 + 1) * 60);
      String text =
          DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.ofInstant(instant, offset));
      if (random.nextInt(4) == 0) {
        text = text.replace("Z", "+00:00");
      }

      assertThat(FlowrouteTimestamps.parse(text)).as(text).isEqualTo(formatters(text));
      assertThat(FlowrouteTimestamps.usual(text)).as(text).isNotNull();
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2026-03-01T10:00:00Z",
        "2026-03-01T10:00:00.1Z",
        "2026-03-01T10:00:00.123456789Z",
        "2026-03-01 10:00:00.5+00:00",
        "2026-03-01T10:00:00-07:30",
        "2024-02-29T23:59:59Z",
        "2026-02-29T10:00:00Z",
        "2026-04-31T10:00:00Z",
        "2026-13-01T10:00:00Z",
        "2026-03-01T24:00:00Z",
        "2026-03-01T10:60:00Z",
        "2026-03-01T10:00:60Z",
        "2026-03-01T10:00:00.Z",
        "2026-03-01T10:00:00.1234567890Z",
        "2026-03-01T10:00:00+19:00",
        "2026-03-01T10:00:00+05:60",
        "2026-03-01T10:00:00+0500",
        "2026-03-01T10:00:00",
        "2026-03-01T10:00:00.250",
        "2026-03-01T10:00Z",
        "2026-03-01T10:00:00z",
        "2026-03-01T1a:00:00Z",
        "2026-03-01T10:00:00Z trailing",
        "20260301T100000Z",
        "yesterday"
      })
  void every_shape_reads_as_the_iso_formatters_read_it_or_not_at_all(String text) {
    assertThat(FlowrouteTimestamps.parse(text)).isEqualTo(formatters(text.replace(' ', 'T')));
  }

  /** What the formatters alone make of a text: the reading before the usual shape's fast path. */
  private static Optional<Instant> formatters(String text) {
    return FlowrouteTimestamps.withFormatters(text);
  }
}
