package dev.switchboard.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.switchboard.domain.cnam.CallerName;
import dev.switchboard.domain.cnam.CnamRecord;
import dev.switchboard.domain.cnam.CnamStatus;
import dev.switchboard.domain.cnam.event.CnamApproved;
import dev.switchboard.domain.cnam.event.CnamRejected;
import dev.switchboard.domain.events.DomainEvent;
import dev.switchboard.domain.events.EventStream;
import dev.switchboard.domain.messaging.ArchivedCopy;
import dev.switchboard.domain.messaging.DeliveryReceipt;
import dev.switchboard.domain.messaging.Media;
import dev.switchboard.domain.messaging.MessageId;
import dev.switchboard.domain.messaging.MessageStatus;
import dev.switchboard.domain.messaging.OptOut;
import dev.switchboard.domain.messaging.OptOutSource;
import dev.switchboard.domain.messaging.event.ForeignMessageRecorded;
import dev.switchboard.domain.messaging.event.MessageContent;
import dev.switchboard.domain.messaging.event.MessageMediaArchived;
import dev.switchboard.domain.messaging.event.MessageReceived;
import dev.switchboard.domain.messaging.event.MessageStatusChanged;
import dev.switchboard.domain.messaging.event.OptOutAdded;
import dev.switchboard.domain.messaging.event.OptOutRemoved;
import dev.switchboard.domain.numbers.OwnedNumber;
import dev.switchboard.domain.numbers.event.NumberCnamChanged;
import dev.switchboard.domain.numbers.event.NumberDriftRepaired;
import dev.switchboard.domain.numbers.event.NumberE911Changed;
import dev.switchboard.domain.numbers.event.NumberPurchased;
import dev.switchboard.domain.numbers.event.NumberReleased;
import dev.switchboard.domain.numbers.event.NumberRoutesChanged;
import dev.switchboard.domain.numbers.event.NumberUpdated;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.PhoneAddress;
import dev.switchboard.events.contract.EventReader;
import dev.switchboard.events.contract.EventType;
import dev.switchboard.events.contract.SwitchboardEvent;
import io.vertx.core.json.JsonObject;
import io.vertx.json.schema.OutputUnit;
import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

/**
 * The event contract is whole: every event record of the domain has a type name, a JSON Schema and
 * data that the schema accepts, and no schema is left without its event.
 */
class EventContractTest {

  private static final WireEvents WIRE = new WireEvents(new ObjectMapper());
  private static final Instant NOW = Instant.parse("2026-11-27T10:15:30.123456Z");
  private static final E164Number OURS = E164Number.parse("+12065550100");
  private static final E164Number PHONE = E164Number.parse("+13125550199");

  /** The published type names; a change here breaks consumers (a new topic version instead). */
  private static final Map<Class<? extends DomainEvent>, String> PUBLISHED =
      Map.ofEntries(
          Map.entry(MessageReceived.class, "message.received"),
          Map.entry(MessageStatusChanged.class, "message.status-changed"),
          Map.entry(ForeignMessageRecorded.class, "message.foreign-recorded"),
          Map.entry(MessageMediaArchived.class, "message.media-archived"),
          Map.entry(NumberPurchased.class, "number.purchased"),
          Map.entry(NumberReleased.class, "number.released"),
          Map.entry(NumberUpdated.class, "number.updated"),
          Map.entry(NumberRoutesChanged.class, "number.routes-changed"),
          Map.entry(NumberE911Changed.class, "number.e911-changed"),
          Map.entry(NumberCnamChanged.class, "number.cnam-changed"),
          Map.entry(NumberDriftRepaired.class, "number.drift-repaired"),
          Map.entry(CnamApproved.class, "cnam.approved"),
          Map.entry(CnamRejected.class, "cnam.rejected"),
          Map.entry(OptOutAdded.class, "opt-out.added"),
          Map.entry(OptOutRemoved.class, "opt-out.removed"));

  @Test
  void every_event_record_of_the_domain_has_a_wire_format() {
    Set<Class<?>> records =
        new ClassFileImporter()
            .importPackages("dev.switchboard.domain").stream()
                .filter(c -> c.isAssignableTo(DomainEvent.class))
                .filter(c -> !c.isInterface() && !c.getModifiers().contains(JavaModifier.ABSTRACT))
                .map(JavaClass::reflect)
                .collect(Collectors.toSet());

    assertThat(records).as("the domain's event records").isNotEmpty();
    assertThat(Set.<Class<?>>copyOf(WireEvents.types().keySet()))
        .as("event records with a wire format")
        .containsExactlyInAnyOrderElementsOf(records);
  }

  @Test
  void the_type_names_are_the_published_ones() {
    assertThat(WireEvents.types()).containsExactlyInAnyOrderEntriesOf(PUBLISHED);
  }

  @Test
  void every_event_type_has_a_schema_named_for_it_and_every_schema_an_event_type() {
    Set<String> types = new HashSet<>(WireEvents.types().values());

    assertThat(Schemas.files())
        .containsExactlyInAnyOrderElementsOf(
            types.stream().map(type -> type + ".v1.json").toList());
    for (String type : types) {
      JsonObject schema = Schemas.schema(type);
      assertThat(schema.getString("$id"))
          .as(type)
          .isEqualTo(CloudEventsKafkaRecords.dataSchema(type));
      assertThat(schema.getString("title")).as(type).isEqualTo(type);
    }
  }

  @Test
  void an_instance_of_every_event_type_matches_its_schema() {
    List<DomainEvent> samples = samples();
    assertThat(samples.stream().<Class<?>>map(DomainEvent::getClass).collect(Collectors.toSet()))
        .as("a sample of every event record")
        .containsExactlyInAnyOrderElementsOf(WireEvents.types().keySet());

    for (DomainEvent event : samples) {
      String type = WireEvents.type(event);
      String data = WIRE.encode(event).dataJson();
      OutputUnit result = Schemas.validator(type).validate(new JsonObject(data));
      assertThat(result.getValid()).as("%s data %s: %s", type, data, result.getErrors()).isTrue();
      assertThat(WIRE.encode(event).type()).isEqualTo(type);
      assertThat(event.key()).as(type).isNotBlank();
      assertThat(event.subject()).as(type).isNotBlank();
    }
  }

  @Test
  void both_message_events_tell_the_texts_encoding_and_segments() {
    MessageContent unicode =
        new MessageContent(
            new MessageId(UUID.randomUUID()),
            PhoneAddress.of(OURS),
            PHONE,
            "✓".repeat(71),
            List.of(),
            null);
    DomainEvent status =
        new MessageStatusChanged(
            UUID.randomUUID(),
            NOW,
            unicode,
            MessageStatus.QUEUED,
            Optional.empty(),
            null,
            null,
            Optional.empty());
    DomainEvent received = new MessageReceived(UUID.randomUUID(), NOW, unicode, NOW);
    for (DomainEvent event : List.of(status, received)) {
      JsonObject data = new JsonObject(WIRE.encode(event).dataJson());
      assertThat(data.getString("encoding")).isEqualTo("UCS_2");
      assertThat(data.getInteger("segments")).isEqualTo(2);
      assertThat(Schemas.validator(WireEvents.type(event)).validate(data).getValid()).isTrue();
    }
    JsonObject braces =
        new JsonObject(
            WIRE.encode(
                    new MessageReceived(
                        UUID.randomUUID(),
                        NOW,
                        new MessageContent(
                            unicode.id(), PhoneAddress.of(PHONE), OURS, "{}", List.of(), null),
                        NOW))
                .dataJson());
    assertThat(braces.getString("encoding")).isEqualTo("GSM_7");
    assertThat(braces.getInteger("segments")).isEqualTo(1);
  }

  @Test
  void each_stream_carries_the_events_its_topic_documents() {
    Map<String, EventStream> streams =
        samples().stream()
            .collect(Collectors.toMap(WireEvents::type, DomainEvent::stream, (a, b) -> a));

    assertThat(streams)
        .containsEntry("message.received", EventStream.MESSAGES_INBOUND)
        .containsEntry("message.media-archived", EventStream.MESSAGES_INBOUND)
        .containsEntry("message.status-changed", EventStream.MESSAGES_STATUS)
        .containsEntry("opt-out.added", EventStream.OPT_OUTS)
        .containsEntry("opt-out.removed", EventStream.OPT_OUTS)
        .containsEntry("message.foreign-recorded", EventStream.MESSAGES_STATUS);
    streams.forEach(
        (type, stream) -> {
          if (type.startsWith("number.") || type.startsWith("cnam.")) {
            assertThat(stream).as(type).isEqualTo(EventStream.NUMBERS);
          }
        });
  }

  @Test
  void the_contract_jar_names_every_published_type_with_the_topic_its_stream_goes_to() {
    EventTopics defaults =
        new EventTopics(
            EventType.Topics.INBOUND,
            EventType.Topics.STATUS,
            EventType.Topics.NUMBERS,
            EventType.Topics.OPT_OUTS);

    assertThat(Arrays.stream(EventType.values()).map(EventType::type))
        .containsExactlyInAnyOrderElementsOf(new HashSet<>(WireEvents.types().values()));
    for (DomainEvent event : samples()) {
      EventType type = EventType.ofCloudEventType(cloudEventType(event)).orElseThrow();
      assertThat(type.defaultTopic()).as(type.type()).isEqualTo(defaults.topicOf(event.stream()));
    }
  }

  @Test
  void every_event_the_relay_publishes_reads_into_its_contract_record_and_writes_back_the_same()
      throws Exception {
    CloudEventsKafkaRecords relay =
        new CloudEventsKafkaRecords(
            "/switchboard", new EventTopics("in.v1", "status.v1", "numbers.v1", "opt-outs.v1"));
    EventReader reader = new EventReader();
    ObjectMapper json = EventReader.defaultMapper();

    for (DomainEvent event : samples()) {
      String data = WIRE.encode(event).dataJson();
      ProducerRecord<String, byte[]> sent = relay.toProducerRecord(WIRE.outboxRecord(event, 1));

      SwitchboardEvent<Object> read = reader.read(received(sent));

      EventType type = read.eventType().orElseThrow();
      assertThat(type.type()).isEqualTo(WireEvents.type(event));
      assertThat(read.data()).as(type.type()).isInstanceOf(type.dataClass());
      assertThat(read.id()).isEqualTo(event.id().toString());
      assertThat(read.subject()).isEqualTo(event.subject());
      assertThat(read.key()).isEqualTo(event.key());
      assertThat(read.time()).isEqualTo(event.time());
      assertThat(read.dataSchema()).isEqualTo(type.dataSchema());
      assertThat(json.readTree(json.writeValueAsString(read.data())))
          .as("%s read and written again", type.type())
          .isEqualTo(json.readTree(data));
    }
  }

  private static String cloudEventType(DomainEvent event) {
    return CloudEventsKafkaRecords.cloudEventType(WireEvents.type(event));
  }

  /** The record as a consumer receives it: what the relay sends, at some place in the topic. */
  private static ConsumerRecord<String, byte[]> received(ProducerRecord<String, byte[]> sent) {
    return new ConsumerRecord<>(
        sent.topic(),
        0,
        0L,
        0L,
        TimestampType.CREATE_TIME,
        -1,
        sent.value().length,
        sent.key(),
        sent.value(),
        sent.headers(),
        Optional.empty());
  }

  @Test
  void an_event_the_contract_does_not_know_is_refused_without_its_data() {
    DomainEvent unknown =
        new DomainEvent() {
          @Override
          public UUID id() {
            return UUID.randomUUID();
          }

          @Override
          public Instant time() {
            return NOW;
          }

          @Override
          public EventStream stream() {
            return EventStream.NUMBERS;
          }

          @Override
          public String key() {
            return "secret body";
          }

          @Override
          public String subject() {
            return null;
          }
        };

    assertThatThrownBy(() -> WIRE.encode(unknown))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no wire format")
        .hasMessageNotContaining("secret");
  }

  @Test
  void a_media_archived_event_points_at_our_copy_and_follows_the_message_on_its_key() {
    MessageId id = new MessageId(UUID.fromString("0193a1f2-6b00-7c11-8e22-334455667788"));
    MessageMediaArchived event =
        new MessageMediaArchived(
            UUID.randomUUID(),
            NOW,
            id,
            OURS,
            0,
            1,
            new Media(URI.create("https://s3.test/flowroute/x?sig=1"), "image/png", "a.png", 3L)
                .withArchived(new ArchivedCopy("inbound/" + id + "/0", "image/png", 3, NOW)));

    Map<String, Object> data = WireEvents.data(event);

    assertThat(data)
        .containsEntry("url", "/v1/messages/0193a1f2-6b00-7c11-8e22-334455667788/media/0")
        .containsEntry("contentType", "image/png")
        .containsEntry("sizeBytes", 3L)
        .containsEntry("originalUrl", "https://s3.test/flowroute/x?sig=1");
    assertThat(event.key()).isEqualTo(OURS.value());
    assertThat(event.subject()).isEqualTo(id.toString());
  }

  /** One instance of every event record, with every optional part filled somewhere. */
  static List<DomainEvent> samples() {
    MessageId id = new MessageId(UUID.randomUUID());
    Media photo = new Media(URI.create("https://media.test/a.jpg"), "image/jpeg", "a.jpg", 2048L);
    DeliveryReceipt receipt =
        new DeliveryReceipt("mdr2-abc", 2, "delivered", 1004, "Delivered", NOW.minusSeconds(1));
    OwnedNumber number = TestNumbers.full();
    CnamRecord approved =
        new CnamRecord(
            "17604",
            new CallerName("Acme Dental"),
            CnamStatus.APPROVED,
            Optional.of(NOW.minusSeconds(86_400)),
            Optional.of(NOW),
            Optional.empty());
    CnamRecord rejected =
        new CnamRecord(
            "17606",
            new CallerName("FREE MONEY"),
            CnamStatus.REJECTED,
            Optional.empty(),
            Optional.empty(),
            Optional.of("Misleading"));
    OptOut stop =
        new OptOut(
            UUID.randomUUID(),
            Optional.of(OURS),
            PHONE,
            OptOutSource.KEYWORD,
            null,
            "texted STOP",
            NOW.minusSeconds(60));
    OptOut everyNumber =
        new OptOut(UUID.randomUUID(), Optional.empty(), PHONE, OptOutSource.API, "crm", null, NOW);
    return List.of(
        new MessageReceived(
            UUID.randomUUID(),
            NOW,
            new MessageContent(
                id,
                PhoneAddress.parse("ACME Bank"),
                OURS,
                null,
                List.of(photo, Media.of(URI.create("https://media.test/b.png"))),
                "mdr2-in-1"),
            NOW.minusMillis(5)),
        new MessageStatusChanged(
            UUID.randomUUID(),
            NOW,
            new MessageContent(id, PhoneAddress.of(OURS), PHONE, "hello", List.of(), "mdr2-abc"),
            MessageStatus.DELIVERED,
            Optional.of(MessageStatus.SENT),
            null,
            null,
            Optional.of(receipt)),
        new ForeignMessageRecorded(
            UUID.randomUUID(),
            NOW,
            new MessageContent(
                new MessageId(UUID.randomUUID()),
                PhoneAddress.of(OURS),
                PHONE,
                "sent from the portal",
                List.of(),
                "mdr2-foreign"),
            MessageStatus.FAILED,
            "1007",
            "Message failed",
            NOW.minusSeconds(3600)),
        new MessageMediaArchived(
            UUID.randomUUID(),
            NOW,
            id,
            OURS,
            1,
            2,
            photo.withArchived(new ArchivedCopy("inbound/" + id + "/1", "image/jpeg", 2048, NOW))),
        new NumberPurchased(UUID.randomUUID(), NOW, number),
        new NumberReleased(UUID.randomUUID(), NOW, OURS),
        new NumberUpdated(UUID.randomUUID(), NOW, number),
        new NumberRoutesChanged(UUID.randomUUID(), NOW, number),
        new NumberE911Changed(UUID.randomUUID(), NOW, number),
        new NumberCnamChanged(UUID.randomUUID(), NOW, number),
        new NumberDriftRepaired(
            UUID.randomUUID(), NOW, OURS, Optional.empty(), Optional.of(number)),
        new CnamApproved(UUID.randomUUID(), NOW, approved),
        new CnamRejected(UUID.randomUUID(), NOW, rejected),
        new OptOutAdded(UUID.randomUUID(), NOW, everyNumber),
        new OptOutAdded(UUID.randomUUID(), NOW, stop),
        new OptOutRemoved(
            UUID.randomUUID(), NOW, stop, OptOutSource.API, "crm", "consent given in store"),
        new OptOutRemoved(UUID.randomUUID(), NOW, everyNumber, OptOutSource.KEYWORD, null, null),
        new MessageStatusChanged(
            UUID.randomUUID(),
            NOW,
            new MessageContent(
                id, PhoneAddress.of(OURS), PHONE, "Acme: unsubscribed", List.of(), null, true),
            MessageStatus.QUEUED,
            Optional.empty(),
            null,
            null,
            Optional.empty()));
  }
}
