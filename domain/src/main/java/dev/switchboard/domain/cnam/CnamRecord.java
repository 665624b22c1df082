package dev.switchboard.domain.cnam;

import dev.switchboard.domain.shared.ProblemType;
import dev.switchboard.domain.shared.ValidationException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A caller name registered at Flowroute, with its review state, dates and rejection reason. */
public record CnamRecord(
    String id,
    CallerName name,
    CnamStatus status,
    Optional<Instant> createdAt,
    Optional<Instant> approvedAt,
    Optional<String> rejectionReason) {

  public CnamRecord {
    if (id == null || !id.matches("\\d{1,18}")) {
      throw new ValidationException(
          ProblemType.INVALID_CNAM_ID, "'" + id + "' is not a caller name id");
    }
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(status, "status");
    createdAt = createdAt == null ? Optional.empty() : createdAt;
    approvedAt = approvedAt == null ? Optional.empty() : approvedAt;
    rejectionReason = rejectionReason == null ? Optional.empty() : rejectionReason;
  }
}
