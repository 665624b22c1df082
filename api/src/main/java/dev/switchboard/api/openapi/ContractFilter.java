package dev.switchboard.api.openapi;

import dev.switchboard.api.problems.Problem;
import dev.switchboard.api.problems.ProblemCatalogue;
import io.smallrye.openapi.model.BaseModel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Finishes the OpenAPI document from the code's own catalogues, so that it cannot drift from them:
 * the RFC 9457 problem schema, one response per error status with an example of every problem
 * {@code type} of that status ({@link ProblemCatalogue}), and the error statuses of each operation.
 * It keeps the document to the {@code /v1} contract: Flowroute's webhooks and the load balancers'
 * ping are not for other services.
 */
public class ContractFilter implements OASFilter {

  /** The path prefix of the contract. */
  static final String CONTRACT = "/v1/";

  /** The component of the problem body. */
  static final String PROBLEM = "Problem";

  /**
   * Set on an operation that calls Flowroute while the caller waits: it can also answer Flowroute's
   * rate limit (429) and a refusal of our credentials (502).
   */
  public static final String FLOWROUTE_CALL = "x-flowroute-call";

  private static final String PROBLEM_JSON = "application/problem+json";

  private static final Map<Integer, String> NAMES =
      Map.ofEntries(
          Map.entry(400, "BadRequest"),
          Map.entry(401, "Unauthorized"),
          Map.entry(403, "Forbidden"),
          Map.entry(404, "NotFound"),
          Map.entry(405, "MethodNotAllowed"),
          Map.entry(406, "NotAcceptable"),
          Map.entry(409, "Conflict"),
          Map.entry(413, "ContentTooLarge"),
          Map.entry(415, "UnsupportedMediaType"),
          Map.entry(422, "UnprocessableContent"),
          Map.entry(429, "TooManyRequests"),
          Map.entry(500, "InternalServerError"),
          Map.entry(502, "BadGateway"),
          Map.entry(503, "ServiceUnavailable"));

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    Map<Integer, List<String>> codes = codesByStatus();
    if (openAPI.getComponents() == null) {
      openAPI.setComponents(OASFactory.createComponents());
    }
    Components components = openAPI.getComponents();
    components.addSchema(PROBLEM, problemSchema());
    components.addSchema(
        ApiDoc.PHONE_NUMBER,
        OASFactory.createSchema()
            .addType(Schema.SchemaType.STRING)
            .pattern(ApiDoc.E164)
            .description(ApiDoc.E164_DESCRIPTION)
            .examples(List.of(ApiDoc.E164_EXAMPLE)));
    components.addSchema(
        ApiDoc.PAGE_SIZE,
        OASFactory.createSchema()
            .addType(Schema.SchemaType.INTEGER)
            .format("int32")
            .minimum(BigDecimal.ONE)
            .maximum(new BigDecimal(ApiDoc.MAX_LIMIT))
            .defaultValue(50)
            .description(ApiDoc.LIMIT_DESCRIPTION));
    codes.forEach((status, list) -> components.addResponse(name(status), response(status, list)));

    Paths paths = openAPI.getPaths();
    Paths contract = OASFactory.createPaths();
    new TreeMap<>(paths.getPathItems())
        .forEach(
            (path, item) -> {
              if (path.startsWith(CONTRACT)) {
                item.getOperations().forEach((method, op) -> errors(path, method, op));
                contract.addPathItem(path, item);
              }
            });
    openAPI.setPaths(contract);
    if (openAPI.getTags() != null) {
      openAPI.setTags(
          openAPI.getTags().stream().sorted(Comparator.comparing(Tag::getName)).toList());
    }
    canonical(openAPI, TOP_LEVEL);
  }

  /** The top-level keys first, in the order a reader expects; the rest after them by name. */
  private static final List<String> TOP_LEVEL =
      List.of("openapi", "info", "tags", "servers", "security", "paths", "components");

  /**
   * Puts every object's keys in a fixed order (by name, the top level's as {@link #TOP_LEVEL}),
   * lists staying as they are: the order the scanner gives varies between builds, and the committed
   * copy of the document must not.
   */
  private static Object canonical(Object value, List<String> first) {
    if (value instanceof BaseModel<?> model) {
      Map<String, Object> sorted = new TreeMap<>(order(first));
      model.getAllProperties().forEach((key, v) -> sorted.put(key, canonical(v, List.of())));
      model.setAllProperties(new LinkedHashMap<>(sorted));
      return model;
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> sorted = new TreeMap<>();
      map.forEach((key, v) -> sorted.put(String.valueOf(key), canonical(v, List.of())));
      return new LinkedHashMap<>(sorted);
    }
    if (value instanceof List<?> list) {
      return new ArrayList<>(list.stream().map(v -> canonical(v, List.of())).toList());
    }
    return value;
  }

  private static Comparator<String> order(List<String> first) {
    return Comparator.<String>comparingInt(
            key -> first.contains(key) ? first.indexOf(key) : first.size())
        .thenComparing(Comparator.naturalOrder());
  }

  /** Every problem code by its status, both in their natural order. */
  static Map<Integer, List<String>> codesByStatus() {
    Map<Integer, List<String>> codes = new TreeMap<>();
    ProblemCatalogue.all()
        .forEach((code, status) -> codes.computeIfAbsent(status, s -> new ArrayList<>()).add(code));
    return codes;
  }

  /**
   * The error statuses an operation can answer: those of every request (a malformed one, the token,
   * what it accepts, the database away, a bug), with those its inputs make possible.
   */
  private static void errors(String path, PathItem.HttpMethod method, Operation operation) {
    APIResponses responses = operation.getResponses();
    Map<String, APIResponse> success = new TreeMap<>();
    responses
        .getAPIResponses()
        .forEach(
            (status, response) -> {
              if (status.startsWith("2") || status.startsWith("3")) {
                success.put(status, response);
              }
            });
    List<Integer> statuses = new ArrayList<>(List.of(400, 401, 403, 406, 500, 503));
    boolean body = operation.getRequestBody() != null;
    boolean parameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
    if (path.contains("{")) {
      statuses.add(404);
    }
    if (body) {
      statuses.add(413);
      statuses.add(415);
    }
    if (body || parameters) {
      statuses.add(422);
    }
    String said = operation.getSummary() + " " + operation.getDescription();
    if (method != PathItem.HttpMethod.GET || said.contains("409")) {
      statuses.add(409);
    }
    if (operation.getExtensions() != null
        && operation.getExtensions().containsKey(FLOWROUTE_CALL)) {
      statuses.add(429);
      statuses.add(502);
    }
    statuses.sort(null);
    APIResponses all = OASFactory.createAPIResponses();
    success.forEach(all::addAPIResponse);
    for (int status : statuses) {
      all.addAPIResponse(
          String.valueOf(status),
          OASFactory.createAPIResponse().ref("#/components/responses/" + name(status)));
    }
    operation.setResponses(all);
  }

  private static String name(int status) {
    String name = NAMES.get(status);
    return name != null ? name : "Http" + status;
  }

  private static Schema problemSchema() {
    List<Object> codes = new ArrayList<>(ProblemCatalogue.all().keySet());
    List<Object> types = codes.stream().map(code -> (Object) (Problem.TYPE_BASE + code)).toList();
    return OASFactory.createSchema()
        .addType(Schema.SchemaType.OBJECT)
        .description(
            "An RFC 9457 problem details body (application/problem+json). type is stable per kind"
                + " of error (docs/problems.md); code is its last path segment.")
        .addProperty(
            "type",
            OASFactory.createSchema()
                .addType(Schema.SchemaType.STRING)
                .format("uri")
                .enumeration(types)
                .description("What kind of error; a client may branch on it."))
        .addProperty(
            "title",
            OASFactory.createSchema()
                .addType(Schema.SchemaType.STRING)
                .description("The code in words, the same for every problem of a type."))
        .addProperty(
            "status",
            OASFactory.createSchema()
                .addType(Schema.SchemaType.INTEGER)
                .format("int32")
                .minimum(BigDecimal.valueOf(400))
                .maximum(BigDecimal.valueOf(599))
                .description("The HTTP status of the answer."))
        .addProperty(
            "detail",
            OASFactory.createSchema()
                .addType(Schema.SchemaType.STRING)
                .description("What was wrong with this request, in our words."))
        .addProperty(
            "code",
            OASFactory.createSchema()
                .addType(Schema.SchemaType.STRING)
                .enumeration(codes)
                .description("The last path segment of type."))
        .required(List.of("type", "title", "status", "code"));
  }

  private static APIResponse response(int status, List<String> codes) {
    Map<String, Example> examples = new LinkedHashMap<>();
    for (String code : codes) {
      Map<String, Object> value = new LinkedHashMap<>();
      value.put("type", Problem.TYPE_BASE + code);
      value.put("title", Problem.titleOf(code));
      value.put("status", status);
      value.put("detail", "what was wrong, in our words");
      value.put("code", code);
      examples.put(code, OASFactory.createExample().value(value));
    }
    MediaType media =
        OASFactory.createMediaType()
            .schema(OASFactory.createSchema().ref("#/components/schemas/" + PROBLEM))
            .examples(examples);
    APIResponse response =
        OASFactory.createAPIResponse()
            .description(
                "A problem of one of these types: "
                    + String.join(", ", codes)
                    + " (docs/problems.md).")
            .content(OASFactory.createContent().addMediaType(PROBLEM_JSON, media));
    Header retryAfter =
        OASFactory.createHeader()
            .description("Seconds to wait before trying again, when known.")
            .schema(
                OASFactory.createSchema()
                    .addType(Schema.SchemaType.INTEGER)
                    .minimum(BigDecimal.ONE));
    if (status == 401) {
      response.addHeader(
          "WWW-Authenticate",
          OASFactory.createHeader()
              .description("Bearer")
              .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
    }
    if (status == 409 || status == 429 || status == 503) {
      response.addHeader("Retry-After", retryAfter);
    }
    return response;
  }
}
