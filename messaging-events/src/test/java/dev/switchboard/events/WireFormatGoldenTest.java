package dev.switchboard.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.domain.cnam.CallerName;
import dev.switchboard.domain.cnam.CnamRecord;
import dev.switchboard.domain.cnam.CnamStatus;
import dev.switchboard.domain.cnam.event.CnamEvents;
import dev.switchboard.domain.events.DomainEvent;
import dev.switchboard.domain.events.port.out.EventEncoder;
import dev.switchboard.domain.messaging.DeliveryReceipt;
import dev.switchboard.domain.messaging.InboundMessage;
import dev.switchboard.domain.messaging.Media;
import dev.switchboard.domain.messaging.Message;
import dev.switchboard.domain.messaging.MessageId;
import dev.switchboard.domain.messaging.MessageStatus;
import dev.switchboard.domain.messaging.OptOut;
import dev.switchboard.domain.messaging.OptOutSource;
import dev.switchboard.domain.messaging.event.MessageEvents;
import dev.switchboard.domain.numbers.OwnedNumber;
import dev.switchboard.domain.numbers.event.NumberEvents;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.PhoneAddress;
import dev.switchboard.domain.shared.port.out.IdGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The events as the outbox stores them, byte for byte: {@code golden/events.txt} was written by the
 * map-based event builders that the typed events replaced, from the same inputs as here. Each line
 * is the envelope (id, type, stream, key, subject, time) and the data JSON. Issue 18 added the
 * message events' {@code encoding} and {@code segments}, {@code autoReply} to {@code
 * message.status-changed}, and the lines of the auto-reply and opt-out events.
 */
class WireFormatGoldenTest {

  private static final WireEvents WIRE = new WireEvents(new ObjectMapper());
  private static final Instant NOW = Instant.parse("2026-11-27T10:15:30.123456Z");
  private static final E164Number OURS = E164Number.parse("+12065550100");
  private static final E164Number PHONE = E164Number.parse("+13125550199");
  private static final IdGenerator IDS =
      () -> UUID.fromString("0193a1f2-7c4e-7b3a-9d2e-5f6a7b8c9d0e");

  @Test
  void every_event_is_stored_exactly_as_before_the_events_were_typed() throws IOException {
    List<String> lines = events().stream().map(WireFormatGoldenTest::line).toList();

    assertThat(lines).containsExactlyElementsOf(golden());
  }

  private static String line(DomainEvent event) {
    EventEncoder.Encoded encoded = WIRE.encode(event);
    return String.join(
        " | ",
        event.id().toString(),
        encoded.type(),
        event.stream().name(),
        event.key(),
        event.subject(),
        event.time().toString(),
        encoded.dataJson());
  }

  private static List<DomainEvent> events() {
    List<DomainEvent> events = new ArrayList<>();
    MessageEvents messages = new MessageEvents(IDS);
    MessageId id = new MessageId(UUID.fromString("0193a1f2-6b00-7c11-8e22-334455667788"));
    List<Media> media =
        List.of(
            new Media(URI.create("https://media.test/a.jpg"), "image/jpeg", "a.jpg", 2048L),
            Media.of(URI.create("https://media.test/b.png")));
    InboundMessage mms =
        new InboundMessage(
            "mdr2-in-1", PhoneAddress.parse("ACME Bank"), OURS, null, media, true, NOW);
    InboundMessage sms =
        new InboundMessage(
            "mdr2-in-2", PhoneAddress.of(PHONE), OURS, "héllo \"x\"", List.of(), false, NOW);
    Message queued = Message.queued(id, OURS, PHONE, "hi", media, "key", "fp", NOW);
    Message sent = queued.sent("mdr2-abc", NOW.plusSeconds(1));
    Message failed = sent.failed("1201", "Message body is too long", NOW.plusSeconds(2));
    events.add(messages.received(Message.received(id, mms, NOW.plusMillis(5))));
    events.add(messages.received(Message.received(id, sms, NOW.plusMillis(5))));
    events.add(messages.statusChanged(queued, null, null));
    events.add(messages.statusChanged(sent, MessageStatus.QUEUED, null));
    events.add(
        messages.statusChanged(
            failed,
            MessageStatus.SENT,
            new DeliveryReceipt(
                "mdr2-abc", 2, "delivered", 1004, "Delivered", NOW.plusSeconds(3))));
    events.add(
        messages.statusChanged(
            sent,
            MessageStatus.SENDING,
            new DeliveryReceipt("mdr2-abc", 1, "undeliv", null, null, NOW.plusSeconds(3))));

    events.add(messages.statusChanged(queued.asAutoReply(), null, null));
    OptOut stop =
        messages.newOptOut(
            Optional.of(OURS), PHONE, OptOutSource.KEYWORD, null, "texted STOP", NOW);
    OptOut everyNumber =
        messages.newOptOut(Optional.empty(), PHONE, OptOutSource.API, "crm", null, NOW);
    events.add(messages.optOutAdded(stop));
    events.add(messages.optOutAdded(everyNumber));
    events.add(
        messages.optOutRemoved(
            stop, OptOutSource.KEYWORD, null, "texted START", NOW.plusSeconds(9)));
    events.add(
        messages.optOutRemoved(
            everyNumber, OptOutSource.API, "ops", "consent \"given\"", NOW.plusSeconds(9)));

    NumberEvents numbers = new NumberEvents(IDS);
    OwnedNumber bare = TestNumbers.bare();
    OwnedNumber full = TestNumbers.full();
    for (OwnedNumber number : List.of(bare, full)) {
      events.add(numbers.purchased(number, NOW));
      events.add(numbers.updated(number, NOW));
      events.add(numbers.routesChanged(number, NOW));
      events.add(numbers.e911Changed(number, NOW));
      events.add(numbers.cnamChanged(number, NOW));
    }
    events.add(numbers.released(OURS, NOW));
    events.add(numbers.driftRepaired(OURS, null, full, NOW));
    events.add(numbers.driftRepaired(OURS, full, null, NOW));
    events.add(numbers.driftRepaired(OURS, bare, full, NOW));

    CnamEvents names = new CnamEvents(IDS);
    events.add(
        names.reviewed(
            new CnamRecord(
                "17604",
                new CallerName("Acme Dental"),
                CnamStatus.APPROVED,
                Optional.of(NOW.minusSeconds(86_400)),
                Optional.of(NOW),
                null),
            NOW));
    events.add(
        names.reviewed(
            new CnamRecord(
                "17605",
                new CallerName("O'Hara & Co."),
                CnamStatus.APPROVED,
                null,
                null,
                Optional.of("odd")),
            NOW));
    events.add(
        names.reviewed(
            new CnamRecord(
                "17606",
                new CallerName("FREE MONEY"),
                CnamStatus.REJECTED,
                null,
                null,
                Optional.of("Misleading")),
            NOW));
    return events;
  }

  private static List<String> golden() throws IOException {
    try (InputStream in = WireFormatGoldenTest.class.getResourceAsStream("/golden/events.txt")) {
      assertThat(in).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }
}
