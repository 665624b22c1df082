package dev.switchboard.benchmarks;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Identifiers of generated traffic: Flowroute MDR ids and time-ordered UUIDs (version 7). */
final class Ids {

  private Ids() {}

  /** {@code mdr2-<32 hex>}, as Flowroute's v2.1 message records. */
  static String mdr() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return "mdr2-" + hex(random.nextLong()) + hex(random.nextLong());
  }

  /** A UUIDv7 of now, as the platform's own ids, so the baseline inserts into its B-trees alike. */
  static UUID uuidV7() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long msb = (System.currentTimeMillis() << 16) | 0x7000L | (random.nextLong() & 0x0FFFL);
    long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(msb, lsb);
  }

  /** A valid North American number outside the account, e.g. {@code 13125012345}. */
  static String peer() {
    return "13125" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
  }

  private static String hex(long value) {
    return String.format("%016x", value);
  }
}
