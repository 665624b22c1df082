package dev.switchboard.persistence.cnam;

import dev.switchboard.domain.cnam.CallerName;
import dev.switchboard.domain.cnam.CnamRecord;
import dev.switchboard.domain.cnam.CnamStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Maps caller names between the domain record and the {@code cnam_records} row. */
@ApplicationScoped
public class CnamMapper {

  public CnamRecord toDomain(CnamRecordEntity row) {
    return new CnamRecord(
        row.id,
        new CallerName(row.callerName),
        CnamStatus.valueOf(row.status),
        Optional.ofNullable(row.createdAt),
        Optional.ofNullable(row.approvedAt),
        Optional.ofNullable(row.rejectionReason));
  }

  /** Copies every field of {@code record} onto {@code row} (a new or a managed entity). */
  public CnamRecordEntity copy(CnamRecord record, CnamRecordEntity row) {
    row.id = record.id();
    row.callerName = record.name().value();
    row.status = record.status().name();
    row.createdAt = record.createdAt().orElse(null);
    row.approvedAt = record.approvedAt().orElse(null);
    row.rejectionReason = record.rejectionReason().orElse(null);
    return row;
  }
}
