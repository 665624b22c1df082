package dev.switchboard.sandbox.emulator.messaging;

/**
 * Flowroute's encoding and segment count of a text (§6.7): ASCII is encoding 0 with 160 characters
 * in one segment and 140 per segment beyond; any other character makes it UCS-2 (encoding 8) at 70
 * per segment.
 */
record MessageEncoding(int encoding, int segments) {

  static final long SMS_SEGMENT_NANODOLLARS = 4_000_000L;
  static final long MMS_NANODOLLARS = 19_500_000L;

  static MessageEncoding of(String text) {
    if (text == null || text.isEmpty()) {
      return new MessageEncoding(0, 1);
    }
    boolean ascii = text.chars().allMatch(c -> c < 128);
    int length = text.length();
    if (ascii) {
      return new MessageEncoding(0, length <= 160 ? 1 : ceil(length, 140));
    }
    return new MessageEncoding(8, ceil(length, 70));
  }

  long price(boolean mms) {
    return mms ? MMS_NANODOLLARS : segments * SMS_SEGMENT_NANODOLLARS;
  }

  private static int ceil(int length, int perSegment) {
    return (length + perSegment - 1) / perSegment;
  }
}
