package dev.switchboard.flowroute;

import dev.switchboard.domain.messaging.Media;
import dev.switchboard.domain.messaging.Message;
import dev.switchboard.domain.messaging.MessageId;
import dev.switchboard.domain.shared.E164Number;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Outbound messages for the tests. */
public final class OutboundMessages {

  static final Instant CREATED = Instant.parse("2026-11-27T09:00:00Z");

  private OutboundMessages() {}

  public static Message sms(String body) {
    return Message.queued(
        new MessageId(UUID.fromString("0190f2c4-0000-7000-8000-000000000001")),
        E164Number.parse("+12065550100"),
        E164Number.parse("+12065551234"),
        body,
        List.of(),
        "key-1",
        "fingerprint",
        CREATED);
  }

  public static Message mms(String body, String... urls) {
    return Message.queued(
        new MessageId(UUID.fromString("0190f2c4-0000-7000-8000-000000000002")),
        E164Number.parse("+12065550100"),
        E164Number.parse("+12065551234"),
        body,
        java.util.Arrays.stream(urls).map(URI::create).map(Media::of).toList(),
        "key-2",
        "fingerprint",
        CREATED);
  }
}
