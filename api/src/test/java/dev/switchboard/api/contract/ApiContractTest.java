package dev.switchboard.api.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.api.support.OpenApiOperations;
import dev.switchboard.api.support.SandboxServices;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The REST contract: the OpenAPI document the build writes (quarkus.smallrye-openapi
 * .store-schema-directory, at every Quarkus build including the tests') is the one committed under
 * docs/, from which api-client is generated; and it is complete enough to generate a client from.
 */
@QuarkusTest
@WithTestResource(value = SandboxServices.class, scope = TestResourceScope.GLOBAL)
class ApiContractTest {

  /** Where the build wrote the document (relative to the api module, the tests' directory). */
  static final Path BUILT = Path.of("target/openapi/openapi.yaml");

  static final Path COMMITTED = Path.of("../docs/openapi.yaml");

  static final Set<String> METHODS = Set.of("get", "put", "post", "patch", "delete");

  @Test
  void the_committed_contract_is_the_document_the_build_writes() throws IOException {
    assertThat(BUILT).as("the build writes the OpenAPI document").exists();
    List<String> built = Files.readAllLines(BUILT, StandardCharsets.UTF_8);
    List<String> committed = Files.readAllLines(COMMITTED, StandardCharsets.UTF_8);
    int line = 0;
    while (line < built.size()
        && line < committed.size()
        && built.get(line).equals(committed.get(line))) {
      line++;
    }
    if (line < built.size() || line < committed.size()) {
      throw new AssertionError(
          "docs/openapi.yaml differs from the OpenAPI document the build wrote (api/target/openapi/"
              + "openapi.yaml) from line "
              + (line + 1)
              + ":\n  committed: "
              + (line < committed.size() ? committed.get(line) : "<end of file>")
              + "\n  built:     "
              + (line < built.size() ? built.get(line) : "<end of file>")
              + "\nThe REST contract changed. If that is meant, refresh the committed copy and"
              + " review its diff:\n  ./mvnw -o -pl api -am package -DskipTests && cp"
              + " api/target/openapi/openapi.yaml docs/openapi.yaml\n(api-client regenerates"
              + " its client from docs/openapi.yaml at its next build.)");
    }
  }

  @Test
  void every_operation_is_named_scoped_and_documents_its_answers_and_examples() {
    JsonNode document = OpenApiOperations.document();
    List<String> wrong = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
    assertThat(paths.hasNext()).isTrue();
    while (paths.hasNext()) {
      Map.Entry<String, JsonNode> path = paths.next();
      assertThat(path.getKey()).as("only the /v1 contract is published").startsWith("/v1/");
      Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
      while (methods.hasNext()) {
        Map.Entry<String, JsonNode> entry = methods.next();
        if (!METHODS.contains(entry.getKey())) {
          continue;
        }
        String where = entry.getKey().toUpperCase() + " " + path.getKey();
        JsonNode operation = entry.getValue();
        if (operation.path("operationId").asText().isEmpty()) {
          wrong.add(where + ": no operationId");
        }
        JsonNode scopes = operation.path("security").path(0).path("jwt");
        if (!scopes.isArray() || scopes.isEmpty()) {
          wrong.add(where + ": no jwt security requirement with its scope");
        }
        JsonNode body = operation.path("requestBody").path("content").path("application/json");
        if (!operation.path("requestBody").isMissingNode() && body.path("examples").isEmpty()) {
          wrong.add(where + ": a request body without an example");
        }
        boolean success = false;
        Iterator<Map.Entry<String, JsonNode>> responses = operation.path("responses").fields();
        while (responses.hasNext()) {
          Map.Entry<String, JsonNode> response = responses.next();
          String status = response.getKey();
          JsonNode answer = response.getValue();
          if (status.startsWith("2")) {
            success = true;
            if (!status.equals("204") && answer.path("content").isEmpty()) {
              wrong.add(where + ": " + status + " without a body schema");
            }
            for (JsonNode media : answer.path("content")) {
              JsonNode schema = media.path("schema");
              if (schema.isEmpty()) {
                wrong.add(where + ": " + status + " with an empty schema");
              }
            }
          } else if (!answer.path("$ref").asText().startsWith("#/components/responses/")) {
            wrong.add(where + ": " + status + " is not one of the problem responses");
          }
        }
        if (!success) {
          wrong.add(where + ": no success response");
        }
        for (String status : List.of("400", "401", "403", "500")) {
          if (operation.path("responses").path(status).isMissingNode()) {
            wrong.add(where + ": no " + status + " problem response");
          }
        }
        for (JsonNode parameter : operation.path("parameters")) {
          String typed = typedAsItShouldBe(document, parameter);
          if (typed != null) {
            wrong.add(where + ": parameter " + parameter.path("name").asText() + " " + typed);
          }
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void every_problem_response_carries_the_problem_schema_with_the_types_of_its_status() {
    JsonNode document = OpenApiOperations.document();
    JsonNode problem = document.path("components").path("schemas").path("Problem");
    assertThat(problem.path("properties").path("type").path("enum").toString())
        .contains("https://switchboard.dev/problems/message-not-found")
        .contains("https://switchboard.dev/problems/unauthorized");
    Iterator<Map.Entry<String, JsonNode>> responses =
        document.path("components").path("responses").fields();
    assertThat(responses.hasNext()).isTrue();
    while (responses.hasNext()) {
      Map.Entry<String, JsonNode> response = responses.next();
      JsonNode media = response.getValue().path("content").path("application/problem+json");
      assertThat(media.path("schema").path("$ref").asText())
          .as(response.getKey())
          .isEqualTo("#/components/schemas/Problem");
      assertThat(media.path("examples").size()).as(response.getKey()).isPositive();
      media
          .path("examples")
          .fields()
          .forEachRemaining(
              example ->
                  assertThat(example.getValue().path("value").path("type").asText())
                      .isEqualTo("https://switchboard.dev/problems/" + example.getKey()));
    }
  }

  /** Null when a parameter of a well-known name has its type; what is wrong otherwise. */
  private static String typedAsItShouldBe(JsonNode document, JsonNode parameter) {
    JsonNode schema = parameter.path("schema");
    String ref = schema.path("$ref").asText("");
    if (ref.startsWith("#/components/schemas/")) {
      schema =
          document.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
    }
    String type = schema.path("type").asText();
    return switch (parameter.path("name").asText()) {
      case "limit", "offset", "n" ->
          type.equals("integer") && schema.has("minimum") ? null : "is no bounded integer";
      case "since", "until" ->
          "date-time".equals(schema.path("format").asText()) ? null : "no date-time";
      case "number", "peer" -> schema.has("pattern") ? null : "has no E.164 pattern";
      case "status", "direction", "source", "type", "kind", "slot" ->
          schema.has("enum") ? null : "is no enumeration";
      case "foreign", "hasRoute" -> type.equals("boolean") ? null : "is no boolean";
      default -> null;
    };
  }
}
