package dev.switchboard.sandbox.emulator.cnam;

import java.time.Instant;
import java.util.Objects;

/**
 * A CNAM (caller-ID name) record of the emulated account: pending ({@code approved} false, no
 * rejection reason), approved (with its approval time) or rejected (with a reason).
 */
public record CnamRecord(
    String id,
    String value,
    boolean approved,
    Instant approvedAt,
    Instant createdAt,
    String rejectionReason) {

  public CnamRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(createdAt, "createdAt");
    if (approved && (approvedAt == null || rejectionReason != null)) {
      throw new IllegalArgumentException("an approved record has an approval time and no reason");
    }
  }

  /** A new record, waiting for review. */
  static CnamRecord pending(String id, String value, Instant createdAt) {
    return new CnamRecord(id, value, false, null, createdAt, null);
  }

  public boolean pending() {
    return !approved && rejectionReason == null;
  }

  public boolean rejected() {
    return !approved && rejectionReason != null;
  }

  CnamRecord withValue(String newValue) {
    return new CnamRecord(id, newValue, approved, approvedAt, createdAt, rejectionReason);
  }

  CnamRecord approve(Instant at) {
    return new CnamRecord(id, value, true, at, createdAt, null);
  }

  CnamRecord reject(String reason) {
    return new CnamRecord(id, value, false, null, createdAt, reason);
  }
}
