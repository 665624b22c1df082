package dev.switchboard.domain.cnam;

/** Where a caller name stands in Flowroute's manual review (which takes up to 48 hours). */
public enum CnamStatus {
  PENDING,
  APPROVED,
  REJECTED
}
