package dev.switchboard.domain.cnam.event;

import dev.switchboard.domain.cnam.CnamRecord;
import dev.switchboard.domain.cnam.CnamStatus;
import dev.switchboard.domain.shared.port.out.IdGenerator;
import java.time.Instant;

/** Builds the events of a caller name's review, each with a new id. */
public final class CnamEvents {

  private final IdGenerator ids;

  public CnamEvents(IdGenerator ids) {
    this.ids = ids;
  }

  /** {@code cnam.approved} or {@code cnam.rejected}, by the status the review left. */
  public CnamReviewed reviewed(CnamRecord record, Instant at) {
    return record.status() == CnamStatus.APPROVED
        ? new CnamApproved(ids.newId(), at, record)
        : new CnamRejected(ids.newId(), at, record);
  }
}
