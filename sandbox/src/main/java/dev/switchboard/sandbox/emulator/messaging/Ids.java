package dev.switchboard.sandbox.emulator.messaging;

import java.util.UUID;

/** Flowroute-style identifiers. */
final class Ids {

  private Ids() {}

  /** {@code mdr2-} and 32 lower-case hex digits. */
  static String mdr() {
    return "mdr2-" + UUID.randomUUID().toString().replace("-", "");
  }

  /** A legacy Messages v2 id: {@code mdr1-} and 32 lower-case hex digits (§1.5). */
  static String mdrV2() {
    return "mdr1-" + UUID.randomUUID().toString().replace("-", "");
  }

  /** The id of the n-th media item of a message, e.g. {@code 39cadeac...-1}. */
  static String media(String mdrId, int n) {
    return mdrId.substring("mdr2-".length()) + "-" + n;
  }
}
