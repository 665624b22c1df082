package dev.switchboard.domain.shared.port.out;

import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * UUID version 7 ids: time-ordered, so newer records sort after older ones and keyset paging on the
 * id alone is stable.
 */
public final class TimeOrderedIds implements IdGenerator {

  private final Clock clock;

  public TimeOrderedIds(Clock clock) {
    this.clock = clock;
  }

  @Override
  public UUID newId() {
    // Ids are not secrets: a per-thread generator keeps many request threads from contending.
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long millis = clock.millis();
    long randA = random.nextInt(1 << 12);
    long msb = (millis << 16) | (0x7L << 12) | randA;
    long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(msb, lsb);
  }
}
