package dev.switchboard.domain.events;

/** The streams events are published to; each maps to one Kafka topic. */
public enum EventStream {
  /** Every inbound SMS and MMS, keyed by our number. */
  MESSAGES_INBOUND,
  /** Every status change of an outbound message, keyed by message id. */
  MESSAGES_STATUS,
  /** Number lifecycle, routes, E911 and CNAM changes, keyed by number. */
  NUMBERS,
  /** Every change of the opt-out list, keyed by the phone that opted out or back in. */
  OPT_OUTS
}
