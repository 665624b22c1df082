package dev.switchboard.api.web;

import dev.switchboard.api.openapi.ApiDoc;
import jakarta.ws.rs.QueryParam;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The cursor and page size of a cursor listing ({@code @BeanParam}), read and described for the
 * OpenAPI document once for every listing.
 */
public class PageQuery {

  /** The page size when the caller names none. */
  static final int DEFAULT_LIMIT = 50;

  @Parameter(description = ApiDoc.CURSOR_DESCRIPTION)
  @QueryParam("cursor")
  String cursor;

  @Parameter(description = ApiDoc.LIMIT_DESCRIPTION, schema = @Schema(ref = ApiDoc.PAGE_SIZE))
  @QueryParam("limit")
  String limit;

  /** The cursor as given, or empty. */
  public Optional<String> cursor() {
    return Params.text(cursor);
  }

  /** The cursor read by {@code parse} (which refuses one this API did not give out), or empty. */
  public <T> Optional<T> cursor(Function<String, T> parse) {
    return Params.optional(cursor, parse);
  }

  /** The page size asked for, or the default; the use case bounds it. */
  public int limit() {
    return Params.integer("limit", limit, DEFAULT_LIMIT);
  }
}
