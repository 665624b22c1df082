package dev.switchboard.api.support;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The operations of our OpenAPI document, read from {@code /q/openapi} at test time so that a new
 * operation is covered by the tests that walk them without anyone listing it.
 */
public final class OpenApiOperations {

  private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

  /** One operation: its method, path template, parameters and whether it takes a JSON body. */
  public record Operation(
      String method,
      String path,
      List<String> pathParameters,
      List<String> queryParameters,
      boolean hasBody,
      JsonNode bodySchema) {

    /** The path with every parameter replaced by {@code value}. */
    public String pathWith(String value) {
      String result = path;
      for (String name : pathParameters) {
        result = result.replace("{" + name + "}", value);
      }
      return result;
    }

    @Override
    public String toString() {
      return method.toUpperCase(Locale.ROOT) + " " + path;
    }
  }

  private OpenApiOperations() {}

  /** The OpenAPI document as the application serves it. */
  public static JsonNode document() {
    String text =
        given()
            .accept("application/json")
            .get("/q/openapi")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    try {
      return new ObjectMapper().readTree(text);
    } catch (java.io.IOException e) {
      throw new AssertionError("/q/openapi is not JSON", e);
    }
  }

  /** Every operation whose path starts with {@code prefix}. */
  public static List<Operation> under(String prefix) {
    {
      JsonNode root = document();
      List<Operation> operations = new ArrayList<>();
      Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields();
      while (paths.hasNext()) {
        Map.Entry<String, JsonNode> path = paths.next();
        if (!path.getKey().startsWith(prefix)) {
          continue;
        }
        Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
        while (methods.hasNext()) {
          Map.Entry<String, JsonNode> method = methods.next();
          if (!METHODS.contains(method.getKey())) {
            continue;
          }
          List<String> pathParameters = new ArrayList<>();
          List<String> queryParameters = new ArrayList<>();
          for (JsonNode parameter : method.getValue().path("parameters")) {
            switch (parameter.path("in").asText()) {
              case "path" -> pathParameters.add(parameter.path("name").asText());
              case "query" -> queryParameters.add(parameter.path("name").asText());
              default -> {}
            }
          }
          // A template parameter the document leaves out of "parameters" is still a parameter.
          java.util.regex.Matcher template =
              java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(path.getKey());
          while (template.find()) {
            if (!pathParameters.contains(template.group(1))) {
              pathParameters.add(template.group(1));
            }
          }
          JsonNode body = method.getValue().path("requestBody");
          JsonNode schema =
              resolve(root, body.path("content").path("application/json").path("schema"));
          operations.add(
              new Operation(
                  method.getKey(),
                  path.getKey(),
                  pathParameters,
                  queryParameters,
                  !body.isMissingNode(),
                  schema));
        }
      }
      return operations;
    }
  }

  /** The schema itself, following one {@code $ref} into the components. */
  private static JsonNode resolve(JsonNode root, JsonNode schema) {
    String ref = schema.path("$ref").asText("");
    if (ref.startsWith("#/")) {
      JsonNode target = root;
      for (String part : ref.substring(2).split("/")) {
        target = target.path(part);
      }
      return target;
    }
    return schema;
  }
}
