package dev.switchboard.flowroute.numbersv1;

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
import dev.switchboard.flowroute.numbersv1.NumbersV1Answers.KeyedPage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * How the Numbers v1 adapters call Flowroute: the retries and error mapping of {@link
 * FlowrouteCalls}, and v1's collections, which are JSON objects keyed by the item ({@code
 * {"tns":{"12066417727":{...}}, "links":{"next":...}}}, {@code {}} when empty) paged by {@code
 * limit} and {@code page} (§9.2), read as the {@link KeyedPage} records of {@link NumbersV1Answers}
 * and turned into the domain's offset pages.
 */
final class NumbersV1Calls {

  /** The largest page v1 serves (§9.2). */
  static final int PAGE_SIZE = 200;

  /** Pages read at most to filter by what v1 cannot ask for itself (200 numbers each). */
  static final int MAX_SCAN_PAGES = 10;

  /** A guard against a server whose next links never end. */
  static final int MAX_PAGES = 200;

  /** One item of a keyed collection. */
  record Item<V>(String key, V value) {}

  /** One page of a keyed collection and whether v1 links a next one. */
  record Page<V>(List<Item<V>> items, boolean hasNext) {}

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

  /** A GET, repeated if need be, that must succeed; an empty answer reads as {@code empty}. */
  <T> T get(Endpoint endpoint, Supplier<T> request, T empty) {
    T answer = calls.succeeded(endpoint, calls.repeatable(request)).value();
    return answer == null ? empty : answer;
  }

  /** One page of a keyed collection, its items in the order v1 sent them. */
  <V> Page<V> page(Endpoint endpoint, Supplier<? extends KeyedPage<V>> request) {
    KeyedPage<V> document = calls.succeeded(endpoint, calls.repeatable(request)).value();
    if (document == null) {
      return new Page<>(List.of(), false);
    }
    List<Item<V>> items = new ArrayList<>();
    document.itemsOrNone().forEach((key, value) -> items.add(new Item<>(key, value)));
    return new Page<>(items, document.hasNext());
  }

  /** Every item, page after page of {@link #PAGE_SIZE}, until v1 links no next page. */
  <V> List<Item<V>> all(Endpoint endpoint, IntFunction<? extends KeyedPage<V>> pageRequest) {
    List<Item<V>> all = new ArrayList<>();
    for (int page = 1; page <= MAX_PAGES; page++) {
      int number = page;
      Page<V> read = page(endpoint, () -> pageRequest.apply(number));
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
  <V, T> OffsetPage<T> window(
      Endpoint endpoint,
      int limit,
      int offset,
      PageRequest<V> pageRequest,
      Function<Item<V>, T> reader) {
    int first = offset / limit + 1;
    int last = (offset + limit - 1) / limit + 1;
    List<Item<V>> read = new ArrayList<>();
    boolean hasNext = false;
    for (int page = first; page <= last; page++) {
      int number = page;
      Page<V> answer = page(endpoint, () -> pageRequest.page(limit, number));
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
  <V, T> OffsetPage<T> scan(
      Endpoint endpoint,
      int limit,
      int offset,
      PageRequest<V> pageRequest,
      Function<Item<V>, T> reader,
      Predicate<T> keep) {
    List<T> kept = new ArrayList<>();
    boolean more = false;
    for (int page = 1; page <= MAX_SCAN_PAGES && kept.size() <= offset + limit; page++) {
      int number = page;
      Page<V> answer = page(endpoint, () -> pageRequest.page(PAGE_SIZE, number));
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
  interface PageRequest<V> {
    KeyedPage<V> page(int size, int page);
  }

  /** The refusal of an operation Numbers v1 does not have. */
  static DomainException notAvailable(String what) {
    return new ConflictException(
        ProblemType.NOT_AVAILABLE_WITH_NUMBERS_V1,
        what
            + " is not available with Numbers v1 (switchboard.flowroute.numbers-api=v1); it needs"
            + " Flowroute's Numbers v2");
  }
}
