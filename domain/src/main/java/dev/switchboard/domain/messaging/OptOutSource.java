package dev.switchboard.domain.messaging;

/** Who made a change to the opt-out list: a caller of the API, a keyword text, or the carrier. */
public enum OptOutSource {
  /** A caller of {@code /v1/opt-outs}; the actor is the token's subject. */
  API,
  /** A STOP or START text from the phone itself. */
  KEYWORD,
  /** Flowroute's delivery receipt 1110 (the handset's carrier says it opted out). */
  CARRIER;

  /**
   * The actor recorded for a change that no API caller made: {@code keyword} or {@code carrier}.
   */
  public String actor() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
