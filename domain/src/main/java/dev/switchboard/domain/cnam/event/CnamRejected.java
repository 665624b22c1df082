package dev.switchboard.domain.cnam.event;

import dev.switchboard.domain.cnam.CnamRecord;
import dev.switchboard.domain.cnam.CnamStatus;
import java.time.Instant;
import java.util.UUID;

/** {@code cnam.rejected}: Flowroute's review rejected a caller name. */
public record CnamRejected(UUID id, Instant time, CnamRecord name) implements CnamReviewed {

  public CnamRejected {
    CnamReviewed.require(id, time, name, CnamStatus.REJECTED);
  }
}
