package dev.switchboard.events;

import dev.switchboard.domain.events.EventStream;
import dev.switchboard.domain.events.OutboxRecord;
import java.time.Instant;
import java.util.UUID;

/** Outbox records for tests, numbered by position. */
final class TestEvents {

  static final Instant TIME = Instant.parse("2026-11-27T10:15:30.123Z");

  private TestEvents() {}

  static OutboxRecord statusChange(long position, String messageId) {
    return new OutboxRecord(
        position,
        UUID.randomUUID(),
        "message.status-changed",
        EventStream.MESSAGES_STATUS,
        messageId,
        messageId,
        TIME.plusMillis(position),
        "{\"id\":\"" + messageId + "\",\"position\":" + position + "}");
  }

  static OutboxRecord received(long position, String ourNumber) {
    return new OutboxRecord(
        position,
        UUID.randomUUID(),
        "message.received",
        EventStream.MESSAGES_INBOUND,
        ourNumber,
        UUID.randomUUID().toString(),
        TIME.plusMillis(position),
        "{\"to\":\"" + ourNumber + "\",\"position\":" + position + ",\"body\":\"h\u00e9llo\"}");
  }
}
