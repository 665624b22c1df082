package dev.switchboard.domain.messaging;

/** The two alphabets an SMS text travels in: GSM 03.38 (seven bits) or UCS-2 (sixteen bits). */
public enum TextEncoding {
  /** The GSM 7-bit default alphabet with its extension table. */
  GSM_7(160, 153, 1600),
  /** UTF-16 code units, as soon as one character is outside GSM-7. */
  UCS_2(70, 67, 700);

  private final int single;
  private final int perPart;
  private final int max;

  TextEncoding(int single, int perPart, int max) {
    this.single = single;
    this.perPart = perPart;
    this.max = max;
  }

  /** Units (septets or UTF-16 units) one unsplit SMS holds. */
  public int singleSegmentUnits() {
    return single;
  }

  /** Units each part of a concatenated SMS holds (the rest is the concatenation header). */
  public int unitsPerPart() {
    return perPart;
  }

  /**
   * Most units a text may have. Flowroute publishes no total (reference §1.8: "Max total SMS length
   * accepted by the API: not found"; DLR 1201 "Message too long" exists): we allow ten unsplit
   * messages' worth in each encoding, 10 x 160 GSM-7 septets and 10 x 70 UCS-2 units.
   */
  public int maxUnits() {
    return max;
  }
}
