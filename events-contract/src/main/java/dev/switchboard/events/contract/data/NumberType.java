package dev.switchboard.events.contract.data;

/** The kind of a number of ours. */
public enum NumberType {
  LOCAL,
  TOLL_FREE,
  OTHER
}
