package dev.switchboard.domain.messaging;

/** Whether we sent a message or received it. */
public enum Direction {
  OUTBOUND,
  INBOUND
}
