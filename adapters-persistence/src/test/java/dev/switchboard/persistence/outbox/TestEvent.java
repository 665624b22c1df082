package dev.switchboard.persistence.outbox;

import dev.switchboard.domain.events.DomainEvent;
import dev.switchboard.domain.events.EventStream;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * An event for the outbox's tests, carrying its own type name and data: the event contract that
 * knows the real events lives in messaging-events, which this adapter does not depend on.
 */
record TestEvent(
    UUID id,
    String type,
    EventStream stream,
    String key,
    String subject,
    Instant time,
    Map<String, Object> data)
    implements DomainEvent {}
