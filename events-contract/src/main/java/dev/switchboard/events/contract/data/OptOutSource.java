package dev.switchboard.events.contract.data;

/** Who recorded or removed an opt-out: an API caller, a keyword text, or the carrier. */
public enum OptOutSource {
  API,
  KEYWORD,
  CARRIER
}
