package dev.switchboard.flowroute.http;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.switchboard.domain.shared.DomainException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JSON:API collection document from Flowroute (§1.5, §1.6), as the REST clients map it: its
 * {@code data} resources and its paging {@code links}. Other members are ignored.
 *
 * @param <R> the resource record
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record JsonApiCollection<R>(List<R> data, Links links) {

  private static final Pattern OFFSET = Pattern.compile("[?&]offset=(\\d+)");

  /** A collection's links; only {@code next} is read. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Links(String next) {}

  /** The resources (an empty list when {@code data} is empty). */
  public List<R> resources() {
    if (data == null) {
      throw JsonApiDocument.invalid("Flowroute's answer has no 'data' array");
    }
    return data;
  }

  /**
   * The resources that {@code reader} can read. One the domain's rules cannot hold (the reader
   * throws a {@link DomainException}: a legacy record, a type we do not know) is left out rather
   * than making the whole account unreadable.
   */
  public <T> List<T> readable(Function<R, T> reader) {
    List<T> items = new ArrayList<>();
    for (R resource : resources()) {
      try {
        items.add(reader.apply(resource));
      } catch (DomainException unreadable) {
        // Not something the domain can represent: not ours to report.
      }
    }
    return items;
  }

  /** Whether {@code links.next} is there: Flowroute leaves it out on the last page (§1.6). */
  public boolean hasNext() {
    return next().isPresent();
  }

  /**
   * The offset of the next page. Only the offset of {@code links.next} is read: its host and path
   * are not reliable (examples show internal hosts and missing versions).
   */
  public OptionalInt nextOffset() {
    return next().map(JsonApiCollection::offsetOf).orElse(OptionalInt.empty());
  }

  /** The {@code offset} of a next link's query, if it has one. */
  public static OptionalInt offsetOf(String nextLink) {
    try {
      String query = URI.create(nextLink).getRawQuery();
      Matcher matcher = OFFSET.matcher(query == null ? "" : "?" + query);
      return matcher.find()
          ? OptionalInt.of(Integer.parseInt(matcher.group(1)))
          : OptionalInt.empty();
    } catch (IllegalArgumentException malformed) {
      return OptionalInt.empty();
    }
  }

  private Optional<String> next() {
    return links == null ? Optional.empty() : FlowrouteJson.text(links.next());
  }
}
