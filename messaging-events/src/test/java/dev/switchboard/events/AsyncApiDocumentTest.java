package dev.switchboard.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.switchboard.domain.events.DomainEvent;
import dev.switchboard.events.contract.EventType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/asyncapi.yaml} is a well-formed AsyncAPI 3.0 document whose every reference resolves,
 * and it names exactly the event types {@link WireEvents} writes, each on the topic its domain
 * event's stream goes to, with the key that event really has and the schema file of its type.
 */
class AsyncApiDocumentTest {

  private static final Path DOCUMENT = Path.of("..", "docs", "asyncapi.yaml");
  private static final EventTopics DEFAULT_TOPICS =
      new EventTopics(
          EventType.Topics.INBOUND,
          EventType.Topics.STATUS,
          EventType.Topics.NUMBERS,
          EventType.Topics.OPT_OUTS);

  private static JsonNode doc;

  @BeforeAll
  static void read() throws IOException {
    doc = new ObjectMapper(new YAMLFactory()).readTree(DOCUMENT.toFile());
  }

  @Test
  void it_is_an_asyncapi_3_document_whose_channels_each_carry_messages() {
    assertThat(doc.path("asyncapi").asText()).isEqualTo("3.0.0");
    assertThat(doc.path("info").path("title").asText()).isNotBlank();
    assertThat(doc.path("info").path("version").asText()).isNotBlank();
    assertThat(doc.path("channels").size()).isPositive();
    doc.path("channels")
        .fields()
        .forEachRemaining(
            channel -> {
              assertThat(channel.getValue().path("address").asText())
                  .as(channel.getKey())
                  .isNotBlank();
              assertThat(channel.getValue().path("messages").size())
                  .as("messages of " + channel.getKey())
                  .isPositive();
            });
    doc.path("operations")
        .fields()
        .forEachRemaining(
            op -> {
              assertThat(op.getValue().path("action").asText()).as(op.getKey()).isEqualTo("send");
              String channel = op.getValue().path("channel").path("$ref").asText();
              for (JsonNode message : op.getValue().path("messages")) {
                assertThat(message.path("$ref").asText())
                    .as("a message of %s belongs to its channel", op.getKey())
                    .startsWith(channel + "/messages/");
              }
            });
  }

  @Test
  void every_reference_resolves_inside_the_document_or_to_an_existing_schema_file() {
    List<String> refs = new ArrayList<>();
    collectRefs(doc, refs);
    assertThat(refs).isNotEmpty();
    for (String ref : refs) {
      if (ref.startsWith("#/")) {
        assertThat(doc.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
      } else {
        Path file = DOCUMENT.getParent().resolve(ref).normalize();
        assertThat(file).as(ref).isRegularFile();
      }
    }
  }

  @Test
  void it_names_every_event_type_the_code_publishes_on_the_topic_of_its_stream() {
    Map<String, String> topicOfType = new HashMap<>();
    for (DomainEvent event : EventContractTest.samples()) {
      topicOfType.put(WireEvents.type(event), DEFAULT_TOPICS.topicOf(event.stream()));
    }
    assertThat(topicOfType.keySet())
        .as("a sample of every type")
        .containsExactlyInAnyOrderElementsOf(new HashSet<>(WireEvents.types().values()));

    Map<String, String> documented = new HashMap<>();
    doc.path("channels")
        .forEach(
            channel ->
                channel
                    .path("messages")
                    .forEach(
                        ref -> {
                          String name = resolve(ref).path("name").asText();
                          assertThat(documented.put(name, channel.path("address").asText()))
                              .as("%s documented once", name)
                              .isNull();
                        }));

    assertThat(documented).isEqualTo(topicOfType);
  }

  @Test
  void each_message_has_the_type_header_key_and_schema_of_its_event() throws IOException {
    Map<String, List<DomainEvent>> samples = new HashMap<>();
    for (DomainEvent event : EventContractTest.samples()) {
      samples.computeIfAbsent(WireEvents.type(event), t -> new ArrayList<>()).add(event);
    }
    Set<String> seen = new HashSet<>();
    for (JsonNode message : doc.path("components").path("messages")) {
      String type = message.path("name").asText();
      seen.add(type);
      JsonNode headers = message.path("headers").path("allOf").get(1).path("properties");
      assertThat(headers.path("ce_type").path("const").asText())
          .isEqualTo(CloudEventsKafkaRecords.cloudEventType(type));
      assertThat(headers.path("ce_dataschema").path("const").asText())
          .isEqualTo(CloudEventsKafkaRecords.dataSchema(type));
      Path schema =
          DOCUMENT
              .getParent()
              .resolve(message.path("payload").path("schema").path("$ref").asText())
              .normalize();
      assertThat(schema.getFileName()).hasToString(type + ".v1.json");
      assertThat(Files.readString(schema)).contains(Schemas.schema(type).getString("$id"));
      String keyPattern =
          resolve(message.path("bindings").path("kafka").path("key")).path("pattern").asText();
      assertThat(keyPattern).as("key pattern of %s", type).isNotBlank();
      for (DomainEvent event : samples.getOrDefault(type, List.of())) {
        assertThat(event.key()).as("key of %s", type).matches(keyPattern);
      }
    }
    assertThat(seen).containsExactlyInAnyOrderElementsOf(samples.keySet());
  }

  private static JsonNode resolve(JsonNode node) {
    while (node.has("$ref")) {
      String ref = node.path("$ref").asText();
      node = doc.at(ref.substring(1));
      assertThat(node.isMissingNode()).as(ref).isFalse();
    }
    return node;
  }

  private static void collectRefs(JsonNode node, List<String> refs) {
    if (node.isObject()) {
      node.fields()
          .forEachRemaining(
              field -> {
                if (field.getKey().equals("$ref")) {
                  refs.add(field.getValue().asText());
                } else {
                  collectRefs(field.getValue(), refs);
                }
              });
    } else if (node.isArray()) {
      node.forEach(item -> collectRefs(item, refs));
    }
  }
}
