package dev.switchboard.sandbox.emulator.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * {@code limit} (default 10, at most the endpoint's maximum) and {@code offset} of a Flowroute v2
 * collection, and its {@code links}: {@code self} always, {@code next} only when more remain.
 */
public record Paging(int limit, int offset) {

  static final int DEFAULT_LIMIT = 10;

  /** Reads the query; 422 for a limit that is not from 1 to {@code max} or a negative offset. */
  public static Paging from(Map<String, String> query, int max) {
    int limit = DEFAULT_LIMIT;
    String givenLimit = query.get("limit");
    if (givenLimit != null && !givenLimit.isBlank()) {
      limit = parse(givenLimit);
      if (limit < 1 || limit > max) {
        throw limitProblem(max);
      }
    }
    int offset = 0;
    String givenOffset = query.get("offset");
    if (givenOffset != null && !givenOffset.isBlank()) {
      offset = parse(givenOffset);
      if (offset < 0) {
        throw FlowrouteException.unprocessable(
            "offset must be an integer greater than or equal to 0.");
      }
    }
    return new Paging(limit, offset);
  }

  private static int parse(String value) {
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      return Integer.MIN_VALUE;
    }
  }

  private static FlowrouteException limitProblem(int max) {
    return FlowrouteException.unprocessable(
        "limit must be an integer greater than 0 and less than or equal to " + max + ".");
  }

  public <T> List<T> page(List<T> all) {
    if (offset >= all.size()) {
      return List.of();
    }
    return all.subList(offset, (int) Math.min(all.size(), (long) offset + limit));
  }

  /**
   * Puts {@code links} on a collection document: the given filters in order, then limit and offset.
   */
  public void link(
      ObjectNode document, String baseUrl, String path, Map<String, String> filters, int total) {
    ObjectNode links = document.putObject("links");
    links.put("self", url(baseUrl, path, filters, offset));
    if ((long) offset + limit < total) {
      links.put("next", url(baseUrl, path, filters, offset + limit));
    }
  }

  private String url(String baseUrl, String path, Map<String, String> filters, int at) {
    StringBuilder url = new StringBuilder(baseUrl).append(path).append('?');
    filters.forEach(
        (name, value) ->
            url.append(name)
                .append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8))
                .append('&'));
    return url.append("limit=").append(limit).append("&offset=").append(at).toString();
  }
}
