package dev.switchboard.events.contract.data;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What the reconciliation repaired about a number. */
public enum DriftChange {
  @JsonProperty("added")
  ADDED,
  @JsonProperty("removed")
  REMOVED,
  @JsonProperty("changed")
  CHANGED
}
