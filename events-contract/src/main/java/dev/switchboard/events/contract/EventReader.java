package dev.switchboard.events.contract;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * Turns a Kafka record of Switchboard's topics (CloudEvents 1.0 Kafka binding, binary mode: the
 * attributes in {@code ce_*} headers, the data as the JSON value) into a {@link SwitchboardEvent}
 * with the data as its typed record. Thread-safe.
 */
public final class EventReader {

  /** The attributes of the spec itself; any other {@code ce_*} header is an extension. */
  private static final Set<String> SPEC_ATTRIBUTES =
      Set.of("specversion", "id", "source", "type", "time", "subject", "dataschema");

  private final ObjectMapper json;

  /** A reader with {@link #defaultMapper()}. */
  public EventReader() {
    this(defaultMapper());
  }

  public EventReader(ObjectMapper json) {
    this.json = Objects.requireNonNull(json, "json");
  }

  /**
   * The mapper the reader uses unless given one: Java time, and unknown fields ignored, since
   * adding an optional field is not a breaking change of the contract.
   */
  public static ObjectMapper defaultMapper() {
    return new ObjectMapper()
        .registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  /**
   * Reads a record with a String key and a byte[] value (the {@code StringDeserializer} and {@code
   * ByteArrayDeserializer} of the Kafka client).
   *
   * @throws MalformedEventException when a required attribute is missing or the data does not read
   */
  public SwitchboardEvent<Object> read(ConsumerRecord<String, byte[]> record) {
    Map<String, String> headers = new LinkedHashMap<>();
    for (Header header : record.headers()) {
      if (header.value() != null) {
        headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
      }
    }
    String where = record.topic() + "-" + record.partition() + "@" + record.offset();
    String specVersion = required(headers, SwitchboardCloudEvents.SPECVERSION_HEADER, where);
    if (!SwitchboardCloudEvents.SPEC_VERSION.equals(specVersion)) {
      throw new MalformedEventException(
          where + ": CloudEvents spec version " + specVersion + ", not 1.0");
    }
    String type = required(headers, SwitchboardCloudEvents.TYPE_HEADER, where);
    Map<String, String> extensions = new LinkedHashMap<>();
    headers.forEach(
        (name, value) -> {
          if (name.startsWith(SwitchboardCloudEvents.HEADER_PREFIX)) {
            String attribute = name.substring(SwitchboardCloudEvents.HEADER_PREFIX.length());
            if (!SPEC_ATTRIBUTES.contains(attribute)) {
              extensions.put(attribute, value);
            }
          }
        });
    return new SwitchboardEvent<>(
        required(headers, SwitchboardCloudEvents.ID_HEADER, where),
        type,
        required(headers, SwitchboardCloudEvents.SOURCE_HEADER, where),
        headers.get(SwitchboardCloudEvents.SUBJECT_HEADER),
        time(headers.get(SwitchboardCloudEvents.TIME_HEADER), where),
        headers.get(SwitchboardCloudEvents.DATASCHEMA_HEADER),
        record.topic(),
        record.partition(),
        record.offset(),
        record.key(),
        extensions,
        headers,
        data(type, record.value(), where));
  }

  private Object data(String cloudEventType, byte[] value, String where) {
    byte[] bytes = value == null ? "{}".getBytes(StandardCharsets.UTF_8) : value;
    Class<?> target =
        EventType.ofCloudEventType(cloudEventType)
            .<Class<?>>map(EventType::dataClass)
            .orElse(JsonNode.class);
    try {
      return json.readValue(bytes, target);
    } catch (IOException e) {
      // The type and place only: Jackson's message quotes the data, which may hold a text's body.
      throw new MalformedEventException(
          where
              + ": the data of "
              + cloudEventType
              + " does not read as "
              + target.getSimpleName());
    }
  }

  private static Instant time(String value, String where) {
    if (value == null) {
      return null;
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new MalformedEventException(where + ": ce_time is not an RFC 3339 time: " + value, e);
    }
  }

  private static String required(Map<String, String> headers, String name, String where) {
    String value = headers.get(name);
    if (value == null || value.isBlank()) {
      throw new MalformedEventException(where + ": no " + name + " header");
    }
    return value;
  }
}
