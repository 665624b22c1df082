package dev.switchboard.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.domain.events.DomainEvent;
import dev.switchboard.domain.messaging.DeliveryReceipt;
import dev.switchboard.domain.messaging.InboundMessage;
import dev.switchboard.domain.messaging.Media;
import dev.switchboard.domain.messaging.Message;
import dev.switchboard.domain.messaging.MessageId;
import dev.switchboard.domain.messaging.MessageStatus;
import dev.switchboard.domain.messaging.event.MessageEvents;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.PhoneAddress;
import io.vertx.core.json.JsonObject;
import io.vertx.json.schema.OutputUnit;
import io.vertx.json.schema.Validator;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The published JSON Schemas describe exactly the data of the message events, as {@link
 * MessageEvents} builds them and {@link WireEvents} writes them.
 */
class EventSchemasTest {

  private static final WireEvents WIRE = new WireEvents(new ObjectMapper());
  private static final Instant NOW = Instant.parse("2026-11-27T10:15:30Z");
  private static final E164Number OURS = E164Number.parse("+12065550100");
  private static final E164Number PHONE = E164Number.parse("+13125550199");

  private final MessageEvents events = new MessageEvents(UUID::randomUUID);
  private final Validator received = Schemas.validator("message.received");
  private final Validator statusChanged = Schemas.validator("message.status-changed");

  @Test
  void an_inbound_sms_and_mms_match_the_received_schema() {
    Message sms = inbound("hello", List.of());
    Message mms =
        inbound(
            null,
            List.of(
                new Media(URI.create("https://media.test/a.jpg"), "image/jpeg", "a.jpg", 2048L),
                Media.of(URI.create("https://media.test/b.png"))));

    assertValid(received, events.received(sms));
    assertValid(received, events.received(mms));
  }

  @Test
  void texts_from_short_codes_other_countries_and_sender_ids_match_the_received_schema()
      throws Exception {
    for (String sender : List.of("12345", "+447700900123", "ACME Bank")) {
      assertValid(received, events.received(inbound(PhoneAddress.parse(sender), "hi", List.of())));
    }
    JsonObject bad =
        json(events.received(inbound("hello", List.of()))).put("from", "not a sender!");
    assertThat(received.validate(bad).getValid()).isFalse();
  }

  @Test
  void every_kind_of_status_change_matches_the_status_changed_schema() {
    Message queued =
        Message.queued(
            new MessageId(UUID.randomUUID()), OURS, PHONE, "hi", List.of(), "key", "fp", NOW);
    Message sent = queued.sent("mdr2-abc", NOW.plusSeconds(1));
    DeliveryReceipt receipt =
        new DeliveryReceipt("mdr2-abc", 2, "delivered", 1004, "Delivered", NOW.plusSeconds(3));
    Message delivered = sent.afterReceipt(receipt, NOW.plusSeconds(4)).orElseThrow();
    DeliveryReceipt noCode =
        new DeliveryReceipt("mdr2-abc", 1, "undeliv", null, null, NOW.plusSeconds(3));
    Message undelivered = sent.afterReceipt(noCode, NOW.plusSeconds(4)).orElseThrow();
    Message failed = sent.failed("1201", "Message body is too long", NOW.plusSeconds(2));

    assertValid(statusChanged, events.statusChanged(queued, null, null));
    assertValid(statusChanged, events.statusChanged(sent, MessageStatus.QUEUED, null));
    assertValid(statusChanged, events.statusChanged(delivered, MessageStatus.SENT, receipt));
    assertValid(statusChanged, events.statusChanged(undelivered, MessageStatus.SENT, noCode));
    assertValid(statusChanged, events.statusChanged(failed, MessageStatus.SENT, null));
  }

  @Test
  void the_schemas_refuse_data_with_a_missing_or_unknown_field() throws IOException {
    JsonObject data = json(events.received(inbound("hello", List.of())));
    assertThat(received.validate(data.copy().put("extra", 1)).getValid()).isFalse();
    JsonObject withoutTo = data.copy();
    withoutTo.remove("to");
    assertThat(received.validate(withoutTo).getValid()).isFalse();
    assertThat(statusChanged.validate(data).getValid())
        .as("received data is no status change")
        .isFalse();
  }

  private static Message inbound(String body, List<Media> media) {
    return inbound(PhoneAddress.of(PHONE), body, media);
  }

  private static Message inbound(PhoneAddress from, String body, List<Media> media) {
    return Message.received(
        new MessageId(UUID.randomUUID()),
        new InboundMessage("mdr2-in-1", from, OURS, body, media, !media.isEmpty(), NOW),
        NOW.plusMillis(5));
  }

  private static void assertValid(Validator validator, DomainEvent event) {
    OutputUnit result;
    try {
      result = validator.validate(json(event));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    assertThat(result.getValid())
        .as("%s data %s: %s", WireEvents.type(event), WireEvents.data(event), result.getErrors())
        .isTrue();
  }

  /** The data as the outbox stores it: what the event contract writes. */
  private static JsonObject json(DomainEvent event) throws IOException {
    return new JsonObject(WIRE.encode(event).dataJson());
  }
}
