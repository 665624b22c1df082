package dev.switchboard.api.wiring;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The system clock in UTC, cut to the microseconds PostgreSQL keeps, so a message read back equals
 * the one just answered. ({@code Clock.tick} with a sub-millisecond tick divides by zero in {@code
 * millis()} on JDK 17.)
 */
final class MicrosecondClock extends Clock {

  private final Clock system = Clock.systemUTC();

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("Switchboard works in UTC");
  }

  @Override
  public long millis() {
    return system.millis();
  }

  @Override
  public Instant instant() {
    return system.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
