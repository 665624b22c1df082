package dev.switchboard.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import io.vertx.json.schema.Draft;
import io.vertx.json.schema.JsonSchema;
import io.vertx.json.schema.JsonSchemaOptions;
import io.vertx.json.schema.OutputFormat;
import io.vertx.json.schema.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The published JSON Schemas, as the tests read them: {@code schemas/<type>.v1.json}. */
final class Schemas {

  private Schemas() {}

  static JsonObject schema(String type) {
    String file = "/schemas/" + type + ".v1.json";
    try (InputStream in = Schemas.class.getResourceAsStream(file)) {
      assertThat(in).as(file).isNotNull();
      return new JsonObject(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Validator validator(String type) {
    return Validator.create(
        JsonSchema.of(schema(type)),
        new JsonSchemaOptions()
            .setDraft(Draft.DRAFT202012)
            .setBaseUri("urn:switchboard:")
            // Basic lists every error, so a failing test says which field broke the schema.
            .setOutputFormat(OutputFormat.Basic));
  }

  /**
   * The names of the files under {@code schemas/}, from the events-contract jar (a reactor build
   * past {@code package}) or its classes folder.
   */
  static Set<String> files() {
    try {
      URI dir = Schemas.class.getResource("/schemas").toURI();
      if (!"jar".equals(dir.getScheme())) {
        return list(Path.of(dir));
      }
      try (FileSystem jar = FileSystems.newFileSystem(dir, Map.of())) {
        return list(jar.getPath("/schemas"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Set<String> list(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
    }
  }
}
