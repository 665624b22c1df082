package dev.switchboard.events.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * The hand-written data records say what the JSON Schemas say, field by field: the same property
 * names as Jackson reads them, a Java type that holds every value the schema allows (null only in a
 * reference type), the enum values, and nested objects and lists down to their leaves.
 */
class DataRecordsMatchSchemasTest {

  private static final ObjectMapper JSON = EventReader.defaultMapper();

  @Test
  void every_schema_file_has_an_event_type_and_every_event_type_a_schema() throws Exception {
    Path dir = Path.of(EventType.class.getResource("/schemas").toURI());
    Set<String> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.map(f -> "schemas/" + f.getFileName()).collect(Collectors.toSet());
    }
    assertThat(files)
        .containsExactlyInAnyOrderElementsOf(
            Arrays.stream(EventType.values()).map(EventType::schemaResource).toList());
  }

  @Test
  void each_schema_is_named_for_its_event_type() {
    for (EventType type : EventType.values()) {
      JsonNode schema = schema(type);
      assertThat(schema.path("$id").asText()).as(type.type()).isEqualTo(type.dataSchema());
      assertThat(schema.path("title").asText()).as(type.type()).isEqualTo(type.type());
      assertThat(schema.path("description").asText())
          .as("the topic the schema documents for %s", type.type())
          .contains(type.defaultTopic());
    }
  }

  @Test
  void every_data_record_has_the_fields_and_types_of_its_schema() {
    Map<EventType, List<String>> problems = new LinkedHashMap<>();
    for (EventType type : EventType.values()) {
      JsonNode schema = schema(type);
      List<String> found = new ArrayList<>();
      check(schema, schema, JSON.constructType(type.dataClass()), "", false, found);
      if (!found.isEmpty()) {
        problems.put(type, found);
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void the_check_finds_a_record_that_lacks_a_field_or_holds_null_in_a_primitive() throws Exception {
    JsonNode schema =
        JSON.readTree(
            """
            {"type": "object", "required": ["a", "b"],
             "properties": {"a": {"type": ["integer", "null"]}, "b": {"type": "string"}}}
            """);
    List<String> found = new ArrayList<>();

    check(schema, schema, JSON.constructType(Wrong.class), "", false, found);

    assertThat(found)
        .anySatisfy(p -> assertThat(p).contains("/a").contains("null"))
        .anySatisfy(p -> assertThat(p).contains("b").contains("fields"));
  }

  record Wrong(int a, String c) {}

  private static JsonNode schema(EventType type) {
    try (InputStream in =
        EventType.class.getClassLoader().getResourceAsStream(type.schemaResource())) {
      assertThat(in).as(type.schemaResource()).isNotNull();
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Compares one schema node with one Java type, adding what differs to {@code problems}.
   *
   * @param optional the property may be left out, so the Java type must hold null
   */
  private static void check(
      JsonNode node,
      JsonNode root,
      JavaType java,
      String path,
      boolean optional,
      List<String> problems) {
    node = resolve(node, root);
    boolean nullable = optional;
    JsonNode anyOf = node.get("anyOf");
    if (anyOf != null && !node.has("type")) {
      List<JsonNode> branches = new ArrayList<>();
      for (JsonNode branch : anyOf) {
        if ("null".equals(branch.path("type").asText())) {
          nullable = true;
        } else {
          branches.add(resolve(branch, root));
        }
      }
      if (branches.size() != 1) {
        problems.add(path + ": an anyOf the check does not know");
        return;
      }
      node = branches.get(0);
    }
    Set<String> types = types(node);
    nullable |= types.remove("null");
    if (nullable && java.isPrimitive()) {
      problems.add(path + ": may be null, but " + java.getRawClass().getSimpleName());
    }
    if (node.has("const")) {
      expect(java, path, problems, String.class);
    } else if (node.has("enum")) {
      checkEnum(node.get("enum"), java, path, problems);
    } else if (types.equals(Set.of("object"))) {
      checkObject(node, root, java, path, problems);
    } else if (types.equals(Set.of("array"))) {
      if (!java.isCollectionLikeType()) {
        problems.add(path + ": an array, but " + java.getRawClass().getSimpleName());
      } else if (node.has("items")) {
        check(node.get("items"), root, java.getContentType(), path + "[]", false, problems);
      }
    } else if (types.equals(Set.of("string"))) {
      switch (node.path("format").asText()) {
        case "date-time" -> expect(java, path, problems, Instant.class);
        case "uuid" -> expect(java, path, problems, UUID.class);
        case "uri" -> expect(java, path, problems, URI.class, String.class);
        default -> expect(java, path, problems, String.class);
      }
    } else if (types.equals(Set.of("integer"))) {
      expect(java, path, problems, int.class, long.class, Integer.class, Long.class);
    } else if (types.equals(Set.of("boolean"))) {
      expect(java, path, problems, boolean.class, Boolean.class);
    } else {
      problems.add(path + ": a schema type the check does not know: " + types);
    }
  }

  private static void checkObject(
      JsonNode node, JsonNode root, JavaType java, String path, List<String> problems) {
    if (!java.getRawClass().isRecord()) {
      problems.add(path + ": an object, but " + java.getRawClass().getSimpleName());
      return;
    }
    Map<String, JavaType> fields = new LinkedHashMap<>();
    for (BeanPropertyDefinition property :
        JSON.getDeserializationConfig().introspect(java).findProperties()) {
      fields.put(property.getName(), property.getPrimaryType());
    }
    Set<String> properties = new HashSet<>();
    node.path("properties").fieldNames().forEachRemaining(properties::add);
    if (!fields.keySet().equals(properties)) {
      problems.add(
          path
              + ": the schema's fields "
              + properties
              + ", the record's fields "
              + fields.keySet());
    }
    Set<String> required = new HashSet<>();
    node.path("required").forEach(name -> required.add(name.asText()));
    for (String name : properties) {
      if (fields.containsKey(name)) {
        check(
            node.path("properties").get(name),
            root,
            fields.get(name),
            path + "/" + name,
            !required.contains(name),
            problems);
      }
    }
  }

  private static void checkEnum(
      JsonNode values, JavaType java, String path, List<String> problems) {
    if (!java.isEnumType()) {
      problems.add(path + ": an enum, but " + java.getRawClass().getSimpleName());
      return;
    }
    Set<String> constants =
        Arrays.stream(java.getRawClass().getEnumConstants())
            .map(c -> JSON.convertValue(c, String.class))
            .collect(Collectors.toSet());
    Set<String> allowed =
        StreamSupport.stream(values.spliterator(), false)
            .map(JsonNode::asText)
            .collect(Collectors.toSet());
    if (!constants.containsAll(allowed)) {
      problems.add(path + ": the schema allows " + allowed + ", the enum reads " + constants);
    }
  }

  private static void expect(JavaType java, String path, List<String> problems, Class<?>... any) {
    if (Arrays.stream(any).noneMatch(java::hasRawClass)) {
      problems.add(
          path
              + ": "
              + java.getRawClass().getSimpleName()
              + " where the schema wants one of "
              + Arrays.stream(any).map(Class::getSimpleName).toList());
    }
  }

  private static JsonNode resolve(JsonNode node, JsonNode root) {
    while (node.has("$ref")) {
      String ref = node.get("$ref").asText();
      assertThat(ref).as("a reference inside the file").startsWith("#/");
      node = root.at(ref.substring(1));
      assertThat(node.isMissingNode()).as(ref).isFalse();
    }
    return node;
  }

  private static Set<String> types(JsonNode node) {
    JsonNode type = node.path("type");
    Set<String> types = new HashSet<>();
    if (type.isArray()) {
      type.forEach(t -> types.add(t.asText()));
    } else if (type.isTextual()) {
      types.add(type.asText());
    } else if (node.has("properties")) {
      types.add("object");
    }
    return types;
  }
}
