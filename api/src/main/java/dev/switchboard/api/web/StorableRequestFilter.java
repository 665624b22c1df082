package dev.switchboard.api.web;

import dev.switchboard.domain.shared.StorableText;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a request whose decoded path or query parameters hold text PostgreSQL would refuse
 * ({@link StorableText}), before any resource sees it: path ids, filters and cursors then never
 * reach a query. JSON bodies get the same rule from {@link StorableStrings}.
 */
public class StorableRequestFilter {

  @ServerRequestFilter(preMatching = true)
  public void refuseUnstorable(UriInfo uri) {
    StorableText.require("the request path", uri.getPath());
    MultivaluedMap<String, String> query = uri.getQueryParameters();
    for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
      StorableText.require("a query parameter's name", parameter.getKey());
      for (String value : parameter.getValue()) {
        StorableText.require("query parameter '" + safeName(parameter.getKey()) + "'", value);
      }
    }
  }

  /** The parameter's name when it is plain, so that the refusal never echoes odd input. */
  private static String safeName(String name) {
    return name.matches("[A-Za-z0-9_.-]{1,40}") ? name : "?";
  }
}
