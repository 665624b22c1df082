package dev.switchboard.api.cnam;

import dev.switchboard.domain.cnam.CnamRecord;
import java.time.Instant;

/** A caller name as the API shows it. */
public record CnamJson(
    String id,
    String value,
    String status,
    Instant createdAt,
    Instant approvedAt,
    String rejectionReason) {

  public static CnamJson of(CnamRecord r) {
    return new CnamJson(
        r.id(),
        r.name().value(),
        r.status().name(),
        r.createdAt().orElse(null),
        r.approvedAt().orElse(null),
        r.rejectionReason().orElse(null));
  }
}
