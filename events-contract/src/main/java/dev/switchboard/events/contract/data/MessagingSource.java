package dev.switchboard.events.contract.data;

/** Where a number's messaging flag comes from: Flowroute's report, our request, or unknown. */
public enum MessagingSource {
  REPORTED,
  REQUESTED,
  UNKNOWN
}
