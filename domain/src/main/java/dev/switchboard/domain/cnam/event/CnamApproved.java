package dev.switchboard.domain.cnam.event;

import dev.switchboard.domain.cnam.CnamRecord;
import dev.switchboard.domain.cnam.CnamStatus;
import java.time.Instant;
import java.util.UUID;

/**
 * {@code cnam.approved}: Flowroute's review approved a caller name, which can now be assigned to
 * numbers.
 */
public record CnamApproved(UUID id, Instant time, CnamRecord name) implements CnamReviewed {

  public CnamApproved {
    CnamReviewed.require(id, time, name, CnamStatus.APPROVED);
  }
}
