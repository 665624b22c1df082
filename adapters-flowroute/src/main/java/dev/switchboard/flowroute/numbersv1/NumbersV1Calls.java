package dev.switchboard.flowroute.numbersv1;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.domain.numbers.OffsetPage;
import dev.switchboard.domain.shared.ConflictException;
import dev.switchboard.domain.shared.DomainException;
import dev.switchboard.domain.shared.ProblemType;
import dev.switchboard.flowroute.http.FlowrouteCalls;
import dev.switchboard.flowroute.http.FlowrouteGuard;
import dev.switchboard.flowroute.http.FlowrouteJson;
import dev.switchboard.flowroute.http.FlowrouteNumberErrors;
import dev.switchboard.flowroute.http.FlowrouteNumberErrors.Endpoint;
import dev.switchboard.flowroute.http.FlowrouteRetry;
import dev.switchboard.flowroute.http.JsonApiDocument;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * How the Numbers v1 adapters call Flowroute: the retries and error mapping of {@link
 * FlowrouteCalls}, and v1's collections, which are JSON objects keyed by the item ({@code
 * {"tns":{"12066417727":{...}}, "links":{"next":...}}}, {@code {}} when empty) paged by {@code
 * limit} and {@code page} (§9.2), turned into the domain's offset pages.
 */
final class NumbersV1Calls {

  /** The largest page v1 serves (§9.2). */
  static final int PAGE_SIZE = 200;

  /** Pages read at most to filter by what v1 cannot ask for itself (200 numbers each). */
  static final int MAX_SCAN_PAGES = 10;

  /** A guard against a server whose next links never end. */
  static final int MAX_PAGES = 200;

  /** One item of a keyed collection. */
  record Item(String key, JsonNode value) {}

  /** One page of a keyed collection and whether v1 links a next one. */
  record Page(List<Item> items, boolean hasNext) {}

  private final ObjectMapper json = FlowrouteJson.mapper();
  private final FlowrouteCalls calls;

  NumbersV1Calls(FlowrouteRetry.Sleeper sleeper, FlowrouteGuard guard) {
    this.calls = new FlowrouteCalls(new FlowrouteNumberErrors(json), sleeper, guard);
  }

  FlowrouteCalls calls() {
    return calls;
  }

  ObjectMapper json() {
    return json;
  }

  /** A GET, repeated if need be, that must succeed with a JSON object. */
  JsonNode get(Endpoint endpoint, Supplier<JsonNode> request) {
    return object(calls.succeeded(endpoint, calls.repeatable(request)).value());
  }

  /** One page of the collection under {@code key}. */
  Page page(Endpoint endpoint, String key, Supplier<JsonNode> request) {
    JsonNode document = get(endpoint, request);
    List<Item> items = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> fields = document.path(key).fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      items.add(new Item(field.getKey(), field.getValue()));
    }
    return new Page(items, FlowrouteJson.text(document.path("links"), "next").isPresent());
  }

  /** Every item, page after page of {@link #PAGE_SIZE}, until v1 links no next page. */
  List<Item> all(Endpoint endpoint, String key, IntFunction<JsonNode> pageRequest) {
    List<Item> all = new ArrayList<>();
    for (int page = 1; page <= MAX_PAGES; page++) {
      int number = page;
      Page read = page(endpoint, key, () -> pageRequest.apply(number));
      all.addAll(read.items());
      if (!read.hasNext() || read.items().isEmpty()) {
        return all;
      }
    }
    throw JsonApiDocument.invalid("Flowroute's list did not end after " + MAX_PAGES + " pages");
  }

  /**
   * The items {@code offset} to {@code offset + limit} read from the one or two v1 pages of size
   * {@code limit} that hold them.
   *
   * @param pageRequest a page of the given size and number (from 1)
   */
  <T> OffsetPage<T> window(
      Endpoint endpoint,
      String key,
      int limit,
      int offset,
      PageRequest pageRequest,
      Function<Item, T> reader) {
    int first = offset / limit + 1;
    int last = (offset + limit - 1) / limit + 1;
    List<Item> read = new ArrayList<>();
    boolean hasNext = false;
    for (int page = first; page <= last; page++) {
      int number = page;
      Page answer = page(endpoint, key, () -> pageRequest.page(limit, number));
      read.addAll(answer.items());
      hasNext = answer.hasNext();
      if (!hasNext) {
        break;
      }
    }
    int from = Math.min(offset - (first - 1) * limit, read.size());
    int to = Math.min(from + limit, read.size());
    List<T> items = read.subList(from, to).stream().map(reader).toList();
    return new OffsetPage<>(items, offset, limit, hasNext || read.size() > to);
  }

  /**
   * The items {@code offset} to {@code offset + limit} of those that pass {@code keep}, read from
   * the first {@link #MAX_SCAN_PAGES} pages of {@link #PAGE_SIZE}: for the filters v1 cannot ask
   * for, which v2 can (ends with, contains, number type).
   */
  <T> OffsetPage<T> scan(
      Endpoint endpoint,
      String key,
      int limit,
      int offset,
      PageRequest pageRequest,
      Function<Item, T> reader,
      Predicate<T> keep) {
    List<T> kept = new ArrayList<>();
    boolean more = false;
    for (int page = 1; page <= MAX_SCAN_PAGES && kept.size() <= offset + limit; page++) {
      int number = page;
      Page answer = page(endpoint, key, () -> pageRequest.page(PAGE_SIZE, number));
      answer.items().stream().map(reader).filter(keep).forEach(kept::add);
      more = answer.hasNext();
      if (!more) {
        break;
      }
    }
    int from = Math.min(offset, kept.size());
    int to = Math.min(offset + limit, kept.size());
    return new OffsetPage<>(kept.subList(from, to), offset, limit, more || kept.size() > to);
  }

  /** A v1 page request of a size and number. */
  interface PageRequest {
    JsonNode page(int size, int page);
  }

  /** The refusal of an operation Numbers v1 does not have. */
  static DomainException notAvailable(String what) {
    return new ConflictException(
        ProblemType.NOT_AVAILABLE_WITH_NUMBERS_V1,
        what
            + " is not available with Numbers v1 (switchboard.flowroute.numbers-api=v1); it needs"
            + " Flowroute's Numbers v2");
  }

  static Optional<String> text(JsonNode node, String field) {
    return FlowrouteJson.text(node, field);
  }

  /** An answer that must be a JSON object; an empty body is an empty object. */
  private JsonNode object(JsonNode answer) {
    JsonNode node = answer == null || answer.isMissingNode() ? json.createObjectNode() : answer;
    if (!node.isObject()) {
      throw JsonApiDocument.invalid("Flowroute's Numbers v1 answer is not a JSON object");
    }
    return node;
  }
}
