package dev.switchboard.domain.cnam;

import dev.switchboard.domain.events.DomainEvent;
import dev.switchboard.domain.events.EventStream;
import dev.switchboard.domain.shared.port.out.IdGenerator;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds the events of a caller name's review, on {@code switchboard.numbers.v1}. A caller name
 * belongs to no single number, so the key is {@code cnam:<id>}.
 */
public final class CnamEvents {

  public static final String APPROVED = "cnam.approved";
  public static final String REJECTED = "cnam.rejected";

  private final IdGenerator ids;

  public CnamEvents(IdGenerator ids) {
    this.ids = ids;
  }

  /** {@code cnam.approved} or {@code cnam.rejected}, by the record's status. */
  public DomainEvent reviewed(CnamRecord record, Instant at) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("id", record.id());
    data.put("value", record.name().value());
    data.put("status", record.status().name());
    data.put("approvedAt", record.approvedAt().map(Instant::toString).orElse(null));
    data.put("rejectionReason", record.rejectionReason().orElse(null));
    String key = "cnam:" + record.id();
    return new DomainEvent(
        ids.newId(),
        record.status() == CnamStatus.APPROVED ? APPROVED : REJECTED,
        EventStream.NUMBERS,
        key,
        key,
        at,
        data);
  }
}
