package dev.switchboard.persistence;

import dev.switchboard.domain.events.EventStream;
import dev.switchboard.domain.events.OutboxRecord;

/** Maps outbox rows to the records the relay hands to its sink. */
final class OutboxRecords {

  private OutboxRecords() {}

  static OutboxRecord toRecord(OutboxEntity row) {
    return new OutboxRecord(
        row.position,
        row.eventId,
        row.type,
        EventStream.valueOf(row.stream),
        row.key,
        row.subject,
        row.occurredAt,
        row.data);
  }
}
