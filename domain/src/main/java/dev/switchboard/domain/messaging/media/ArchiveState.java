package dev.switchboard.domain.messaging.media;

/** Where the copy of one inbound medium stands. */
public enum ArchiveState {
  /** Not copied yet: waiting for a worker or for its next attempt. */
  PENDING,
  /** Copied: the message's medium names our copy. */
  ARCHIVED,
  /** Every attempt failed; the original link has most likely expired. */
  FAILED
}
