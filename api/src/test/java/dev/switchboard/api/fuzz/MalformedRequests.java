package dev.switchboard.api.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.api.support.OpenApiOperations.Operation;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Makes malformed requests from a seeded {@link Random}: wrong types, missing and extra fields,
 * huge and empty strings, control characters, invalid Unicode (JSON escapes and raw invalid UTF-8
 * bytes), bad path ids, bad query values, wrong content types and truncated JSON. The same seed
 * makes the same requests.
 */
final class MalformedRequests {

  /** A request to send: method, raw (already encoded) path and query, content type and body. */
  record Request(String method, String target, String contentType, byte[] body, String note) {
    @Override
    public String toString() {
      String shown =
          body == null
              ? "<no body>"
              : new String(body, 0, Math.min(body.length, 300), StandardCharsets.ISO_8859_1)
                  .replaceAll("[^\\x20-\\x7e]", "?");
      return method
          + " "
          + (target.length() > 300 ? target.substring(0, 300) + "…" : target)
          + " ["
          + contentType
          + "] "
          + note
          + " body("
          + (body == null ? 0 : body.length)
          + "): "
          + shown;
    }
  }

  /** Path ids that are malformed, encoded for a URL path segment. */
  private static final String[] BAD_IDS = {
    "x",
    "0",
    "-1",
    "99999999999999999999999",
    "not-an-id",
    "%00",
    "abc%00def",
    "%ED%A0%80",
    "%C3%28",
    "%FF%FE",
    "%C0%AF",
    "%0A%0D",
    "%20",
    "%25",
    "..",
    "%2E%2E",
    "%2F",
    "'%20OR%201=1--",
    "%3Cscript%3E",
    "+1",
    "%2B1206",
    "12065550199999",
    "%E2%80%8B",
    "%F0%9F%98%80",
    "null",
    "true",
    "1e309",
    "NaN",
    "00000000-0000-0000-0000-000000000000",
    "019300aa-0000-7000-8000-00000000zzzz",
  };

  /** Query values that are malformed, encoded. */
  private static final String[] BAD_VALUES = {
    "",
    "%00",
    "-1",
    "0",
    "2147483648",
    "99999999999999999999",
    "1.5",
    "abc",
    "%ED%A0%80",
    "%C3%28",
    "%FF",
    "%0A",
    "true",
    "local,toll_free",
    "monthly_cost,sideways",
    "%2B1",
    "2026-13-45T99:99:99Z",
    "1970-01-01T00:00:00Z",
    "%27%3B--",
    "*",
    "%E2%80%AE",
  };

  private static final String[] CONTENT_TYPES = {
    "text/plain",
    "application/xml",
    "application/x-www-form-urlencoded",
    "multipart/form-data; boundary=x",
    "application/octet-stream",
    "application/json; charset=ISO-8859-1",
    "application/json; charset=nonsense",
    "application/vnd.api+json",
    "*/*",
    "application/",
  };

  private static final String[] METHODS = {"GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"};

  private final Random random;

  MalformedRequests(Random random) {
    this.random = random;
  }

  /** A malformed request for one operation of the OpenAPI document. */
  Request forOperation(Operation operation) {
    List<String> notes = new ArrayList<>();
    String method = operation.method().toUpperCase(Locale.ROOT);
    if (random.nextInt(20) == 0) {
      method = pick(METHODS);
      notes.add("method");
    }
    String path = operation.path();
    for (String name : operation.pathParameters()) {
      path = path.replace("{" + name + "}", pathId(notes));
    }
    String query = query(operation.queryParameters(), notes);
    String contentType = null;
    byte[] body = null;
    if (operation.hasBody() || random.nextInt(10) == 0) {
      contentType = contentType(notes);
      body = body(sample(operation.bodySchema()), notes);
    }
    return new Request(method, path + query, contentType, body, String.join(",", notes));
  }

  /** A malformed Flowroute webhook: the right or a wrong secret, a mangled body. */
  Request forWebhook(String secret, String kind) {
    List<String> notes = new ArrayList<>();
    String usedSecret = secret;
    int which = random.nextInt(12);
    if (which == 0) {
      usedSecret = "wrong-secret";
      notes.add("secret");
    } else if (which == 1) {
      usedSecret = pick(BAD_IDS);
      notes.add("secret");
    }
    String path = "/webhooks/flowroute/" + usedSecret + "/" + kind;
    if (random.nextInt(25) == 0) {
      path = "/webhooks/flowroute/" + usedSecret + "/" + pick(BAD_IDS);
      notes.add("kind");
    }
    Map<String, Object> document = kind.equals("dlr") ? receipt() : inbound(kind);
    String contentType = random.nextInt(4) == 0 ? contentType(notes) : "application/vnd.api+json";
    String method = random.nextInt(25) == 0 ? pick(METHODS) : "POST";
    return new Request(method, path, contentType, body(document, notes), String.join(",", notes));
  }

  // ---- pieces

  private String pathId(List<String> notes) {
    int which = random.nextInt(10);
    if (which < 6) {
      notes.add("id");
      return pick(BAD_IDS);
    }
    if (which < 8) {
      notes.add("id-random");
      return encode(randomText(1 + random.nextInt(40)));
    }
    if (which == 8) {
      notes.add("id-huge");
      return "9".repeat(2000 + random.nextInt(3000));
    }
    // Well formed, but nobody's: never one of the emulator's own numbers or a small id.
    notes.add("id-unknown");
    return random.nextBoolean()
        ? "%2B1987555" + (1000 + random.nextInt(9000))
        : String.valueOf(5_000_000_000L + random.nextInt(1_000_000));
  }

  private String query(List<String> known, List<String> notes) {
    StringBuilder query = new StringBuilder();
    for (String name : known) {
      if (random.nextInt(3) == 0) {
        query.append(query.length() == 0 ? "?" : "&").append(name).append('=');
        query.append(
            random.nextInt(4) == 0 ? encode(randomText(random.nextInt(30))) : pick(BAD_VALUES));
        notes.add("query");
      }
    }
    if (random.nextInt(6) == 0) {
      query.append(query.length() == 0 ? "?" : "&").append(pick(BAD_VALUES)).append("=1");
      notes.add("query-extra");
    }
    if (random.nextInt(30) == 0) {
      query.append(query.length() == 0 ? "?" : "&").append("limit=").append("9".repeat(3000));
      notes.add("query-huge");
    }
    return query.toString();
  }

  private String contentType(List<String> notes) {
    if (random.nextInt(4) == 0) {
      notes.add("content-type");
      return random.nextInt(5) == 0 ? null : pick(CONTENT_TYPES);
    }
    return "application/json";
  }

  /** The body: a document of the right shape mangled, or no JSON at all. */
  private byte[] body(Object document, List<String> notes) {
    int which = random.nextInt(20);
    if (which == 0) {
      notes.add("empty");
      return new byte[0];
    }
    if (which == 1) {
      notes.add("garbage");
      byte[] garbage = new byte[random.nextInt(200)];
      random.nextBytes(garbage);
      return garbage;
    }
    if (which == 2) {
      notes.add("top-level");
      return pick(new String[] {"[]", "null", "42", "\"text\"", "[{}]", "{}", "true", "{{}"})
          .getBytes(StandardCharsets.UTF_8);
    }
    if (which == 3) {
      notes.add("deep");
      int depth = 500 + random.nextInt(3000);
      return ("[".repeat(depth) + "]".repeat(depth)).getBytes(StandardCharsets.UTF_8);
    }
    Object mangled = mangle(document, notes, 0);
    byte[] json = Json.write(mangled).getBytes(StandardCharsets.UTF_8);
    if (random.nextInt(6) == 0) {
      notes.add("truncated");
      return java.util.Arrays.copyOf(json, random.nextInt(Math.max(1, json.length)));
    }
    if (random.nextInt(6) == 0) {
      notes.add("raw-invalid-utf8");
      return withInvalidBytes(json);
    }
    return json;
  }

  /** Changes a JSON value: drops, adds and retypes fields, and spoils strings. */
  @SuppressWarnings("unchecked")
  private Object mangle(Object value, List<String> notes, int depth) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> result = new LinkedHashMap<>();
      for (Map.Entry<?, ?> field : map.entrySet()) {
        int which = random.nextInt(8);
        if (which == 0) {
          notes.add("missing:" + field.getKey());
          continue;
        }
        if (which == 1) {
          notes.add("type:" + field.getKey());
          result.put((String) field.getKey(), wrongType(field.getValue()));
          continue;
        }
        result.put((String) field.getKey(), mangle(field.getValue(), notes, depth + 1));
      }
      if (random.nextInt(4) == 0) {
        notes.add("extra");
        result.put(random.nextBoolean() ? randomText(8) : "id", randomValue(depth));
      }
      return result;
    }
    if (value instanceof List<?> list) {
      List<Object> result = new ArrayList<>();
      for (Object element : list) {
        if (random.nextInt(5) != 0) {
          result.add(mangle(element, notes, depth + 1));
        }
      }
      if (random.nextInt(5) == 0) {
        int extra = random.nextInt(20);
        for (int i = 0; i < extra; i++) {
          result.add(randomValue(depth + 1));
        }
        notes.add("list");
      }
      return result;
    }
    if (value instanceof String text && random.nextInt(3) == 0) {
      return spoil(text, notes);
    }
    return value;
  }

  private Object wrongType(Object value) {
    Object[] others = {
      null,
      42,
      -1,
      1.5e308,
      true,
      List.of(),
      List.of("a", 1),
      Map.of(),
      Map.of("x", "y"),
      "",
      "string",
      Long.MAX_VALUE,
    };
    Object other = pick(others);
    return other != null && value != null && other.getClass() == value.getClass() ? null : other;
  }

  /** A string spoiled in one of many ways. */
  private Object spoil(String text, List<String> notes) {
    switch (random.nextInt(11)) {
      case 0 -> {
        notes.add("empty-string");
        return "";
      }
      case 1 -> {
        notes.add("huge-string");
        return "x".repeat(random.nextBoolean() ? 2_000 + random.nextInt(20_000) : 300_000);
      }
      case 2 -> {
        notes.add("nul");
        return insert(text, "\u0000");
      }
      case 3 -> {
        notes.add("lone-surrogate");
        return insert(text, random.nextBoolean() ? "\ud800" : "\udfff");
      }
      case 4 -> {
        notes.add("control");
        return insert(text, String.valueOf((char) random.nextInt(32)));
      }
      case 5 -> {
        notes.add("unicode");
        return insert(text, pick(new String[] {"\u202e", "\ufeff", "\ud83d\ude00", "\u0301", "é"}));
      }
      case 6 -> {
        notes.add("spaces");
        return "  " + text + "\t\n";
      }
      case 7 -> {
        notes.add("injection");
        return pick(
            new String[] {
              "' OR 1=1 --", "${jndi:ldap://x/a}", "<script>alert(1)</script>", "%s%n", "../../"
            });
      }
      case 8 -> {
        notes.add("number-string");
        return pick(new String[] {"1e309", "-0", "0x1F", "+", "NaN", "99999999999999999999"});
      }
      case 9 -> {
        notes.add("random");
        return randomText(random.nextInt(64));
      }
      default -> {
        return text;
      }
    }
  }

  private Object randomValue(int depth) {
    return switch (random.nextInt(depth > 3 ? 4 : 6)) {
      case 0 -> randomText(random.nextInt(20));
      case 1 -> random.nextLong();
      case 2 -> random.nextBoolean();
      case 3 -> null;
      case 4 -> java.util.Arrays.asList(randomValue(depth + 1), randomValue(depth + 1));
      default -> Collections.singletonMap(randomText(5), randomValue(depth + 1));
    };
  }

  private String insert(String text, String piece) {
    int at = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
    return text.substring(0, at) + piece + text.substring(at);
  }

  /** Text from the whole range of UTF-16 code units, unpaired surrogates and NUL included. */
  private String randomText(int length) {
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append(
          switch (random.nextInt(5)) {
            case 0 -> (char) random.nextInt(0x20);
            case 1 -> (char) random.nextInt(0x10000);
            default -> (char) (0x21 + random.nextInt(0x5e));
          });
    }
    return text.toString();
  }

  /** Raw bytes that are not UTF-8 put into the document. */
  private byte[] withInvalidBytes(byte[] json) {
    byte[][] invalid = {
      {(byte) 0xff},
      {(byte) 0xc3, 0x28},
      {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
      {(byte) 0xc0, (byte) 0xaf},
      {(byte) 0xf8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
      {(byte) 0x80},
      {0}
    };
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int at = random.nextInt(json.length + 1);
    out.write(json, 0, at);
    byte[] piece = invalid[random.nextInt(invalid.length)];
    out.write(piece, 0, piece.length);
    out.write(json, at, json.length - at);
    return out.toByteArray();
  }

  /** Percent-encodes text as UTF-8 (an unpaired surrogate becomes '?', as Java encodes it). */
  static String encode(String text) {
    StringBuilder encoded = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c >= 'a' && c <= 'z'
          || c >= 'A' && c <= 'Z'
          || c >= '0' && c <= '9'
          || c == '-'
          || c == '_'
          || c == '.'
          || c == '~') {
        encoded.append((char) c);
      } else {
        encoded.append('%').append(String.format("%02X", c));
      }
    }
    return encoded.toString();
  }

  /** A plausible value for a body schema: every property, of its declared type. */
  private Object sample(JsonNode schema) {
    if (schema == null || schema.isMissingNode()) {
      return Map.of("value", "x");
    }
    String type = schema.path("type").asText("object");
    switch (type) {
      case "string" -> {
        return "text";
      }
      case "integer" -> {
        return 1 + random.nextInt(10);
      }
      case "number" -> {
        return 1.5;
      }
      case "boolean" -> {
        return random.nextBoolean();
      }
      case "array" -> {
        return List.of(sample(schema.path("items")), sample(schema.path("items")));
      }
      default -> {
        Map<String, Object> object = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
        while (properties.hasNext()) {
          Map.Entry<String, JsonNode> property = properties.next();
          object.put(property.getKey(), valueFor(property.getKey(), property.getValue()));
        }
        return object;
      }
    }
  }

  /** Values that pass our validation often enough for the mangling to matter. */
  private Object valueFor(String name, JsonNode schema) {
    String lower = name.toLowerCase(Locale.ROOT);
    if ("string".equals(schema.path("type").asText())) {
      if (lower.equals("from") || lower.equals("to") || lower.equals("number")) {
        // Never one of the emulator's account numbers: a valid send is refused by Flowroute.
        return "+1987555" + (1000 + random.nextInt(9000));
      }
      if (lower.endsWith("id")) {
        return String.valueOf(5_000_000_000L + random.nextInt(1_000_000));
      }
      if (lower.equals("url")) {
        return "https://example.com/hook";
      }
      if (lower.equals("type")) {
        return pick(new String[] {"host", "uri", "number", "local", "sms"});
      }
      if (lower.equals("state")) {
        return "WA";
      }
      if (lower.equals("country")) {
        return "US";
      }
      if (lower.equals("zip")) {
        return "98101";
      }
      return "fuzz " + random.nextInt(1000);
    }
    if ("array".equals(schema.path("type").asText())) {
      return List.of("https://example.com/a.png");
    }
    return sample(schema);
  }

  private Map<String, Object> inbound(String kind) {
    Map<String, Object> attributes = new LinkedHashMap<>();
    attributes.put("from", "1987555" + (1000 + random.nextInt(9000)));
    attributes.put("to", "1987444" + (1000 + random.nextInt(9000)));
    attributes.put("body", "fuzz " + random.nextInt(1000));
    attributes.put("is_mms", kind.equals("mms"));
    attributes.put("direction", "inbound");
    attributes.put("timestamp", "2026-12-06T05:00:00.00Z");
    attributes.put("amount_nanodollars", 4000);
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("type", "message");
    data.put("id", "mdr2-fuzz-" + Long.toHexString(random.nextLong()));
    data.put("attributes", attributes);
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("data", data);
    if (kind.equals("mms")) {
      Map<String, Object> media = new LinkedHashMap<>();
      media.put("type", "media");
      media.put("id", "m1");
      media.put(
          "attributes",
          Map.of("url", "https://example.com/a.png", "mime_type", "image/png", "file_size", 10));
      document.put("included", List.of(media));
    }
    return document;
  }

  private Map<String, Object> receipt() {
    Map<String, Object> attributes = new LinkedHashMap<>();
    attributes.put("status", "delivered");
    attributes.put("status_code", 1000);
    attributes.put("status_code_description", "Message delivered");
    attributes.put("level", 2);
    attributes.put("timestamp", "2026-12-06T05:00:00.00Z");
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("type", "delivery_receipt");
    data.put("id", "mdr2-fuzz-" + Long.toHexString(random.nextLong()));
    data.put("attributes", attributes);
    return Map.of("data", data);
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }
}
