package dev.switchboard.events.contract.data;

/** The states of an outbound message, as the status events name them. */
public enum MessageStatus {
  ACCEPTED,
  QUEUED,
  SENDING,
  SENT,
  DELIVERED,
  FAILED,
  EXPIRED,
  REJECTED,
  CANCELED
}
