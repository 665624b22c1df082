package dev.switchboard.persistence.messaging;

import dev.switchboard.domain.messaging.MessageQuery;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;
import org.hibernate.query.NativeQuery;

/**
 * The query behind a message listing: newest first by id (UUIDv7 ids sort by time), one row more
 * than the page to tell whether more follow, and the keyset cursor instead of an offset.
 *
 * <p>The page's ids are chosen first, from indexes alone where the filter allows, and only those
 * rows are then read. A number alone, or a conversation, is matched as two index ranges, sender and
 * recipient, each cut at the page size and merged, rather than as an {@code OR} that PostgreSQL can
 * only answer by walking the primary key and discarding the other numbers' rows.
 *
 * <p>A time window without a number is read from a created_at index first, up to {@link
 * #NARROW_WINDOW} ids, and sorted by id; a window holding more rows than that is walked in id order
 * when it ends near the newest rows, and sorted whole otherwise (see {@link #windowOfIds}).
 */
final class MessageListing {

  /**
   * The most ids of a window sorted to find its newest page: a one-hour window of a busy account (4
   * messages a second) holds about 15,000. Reading and sorting this many index entries takes a few
   * milliseconds. It also bounds the count of rows newer than a wider window's end.
   */
  static final int NARROW_WINDOW = 20_000;

  private final String sql;
  private final List<Parameter> parameters;

  private MessageListing(String sql, List<Parameter> parameters) {
    this.sql = sql;
    this.parameters = parameters;
  }

  static MessageListing of(MessageQuery query) {
    return of(query, NARROW_WINDOW);
  }

  /** The listing with another bound on the windows it sorts, so tests can reach both plans. */
  static MessageListing of(MessageQuery query, int narrowWindow) {
    List<String> common = new ArrayList<>();
    List<Parameter> parameters = new ArrayList<>();
    query
        .direction()
        .ifPresent(
            direction -> {
              parameters.add(new Parameter("direction", direction.name(), String.class));
              common.add("w.direction = :direction");
            });
    query
        .status()
        .ifPresent(
            status -> {
              parameters.add(new Parameter("status", status.name(), String.class));
              common.add("w.status = :status");
            });
    query
        .foreign()
        .ifPresent(
            foreign -> {
              parameters.add(new Parameter("foreign", foreign, Boolean.class));
              common.add("w.is_foreign = :foreign");
            });
    // A half-open window [since, until), so adjacent windows neither overlap nor leave gaps. It
    // stays on created_at: an inbound message's created_at is Flowroute's time, not its id's.
    query
        .since()
        .ifPresent(
            since -> {
              parameters.add(new Parameter("since", since, Instant.class));
              common.add("w.created_at >= :since");
            });
    query
        .until()
        .ifPresent(
            until -> {
              parameters.add(new Parameter("until", until, Instant.class));
              common.add("w.created_at < :until");
            });
    query
        .after()
        .ifPresent(
            after -> {
              parameters.add(new Parameter("after", after.value(), UUID.class));
              common.add("w.id < :after");
            });
    // A search (a peer alone, a text) has no index of its own: it is bounded by its window, which
    // the query requires, and read from the window's created_at index like any window.
    if (query.number().isEmpty()) {
      query
          .peer()
          .ifPresent(
              peer -> {
                parameters.add(new Parameter("peer", peer.value(), String.class));
                common.add("(w.from_number = :peer OR w.to_number = :peer)");
              });
    }
    query
        .text()
        .ifPresent(
            text -> {
              parameters.add(new Parameter("text", text, String.class));
              // strpos, not LIKE: the text is matched as it is, with no wildcard to escape.
              common.add("strpos(lower(w.body), lower(:text)) > 0");
            });
    // An int from a validated query, written into the SQL so the planner knows how few rows count.
    int fetch = query.limit() + 1;
    String ids;
    if (query.number().isEmpty()
        && windowed(query)
        && (query.status().isEmpty() || query.searches())) {
      ids = windowOfIds(query, common, fetch, narrowWindow);
    } else if (query.number().isEmpty()) {
      ids = pageOfIds(common, fetch);
    } else if (query.peer().isEmpty() && narrowed(query)) {
      // A number with another filter: the halves could not stop early (a number that only ever
      // sends has no inbound half to find, and would be read to its end), so PostgreSQL chooses.
      parameters.add(new Parameter("number", query.number().get().value(), String.class));
      List<String> where = new ArrayList<>(common);
      where.add(0, "(w.from_number = :number OR w.to_number = :number)");
      ids = pageOfIds(where, fetch);
    } else {
      parameters.add(new Parameter("number", query.number().get().value(), String.class));
      List<String> sent = new ArrayList<>(common);
      List<String> received = new ArrayList<>(common);
      if (query.peer().isPresent()) {
        parameters.add(new Parameter("peer", query.peer().get().value(), String.class));
        sent.add(0, "w.from_number = :number AND w.to_number = :peer");
        received.add(0, "w.from_number = :peer AND w.to_number = :number");
      } else {
        sent.add(0, "w.from_number = :number");
        received.add(0, "w.to_number = :number");
      }
      // UNION, not UNION ALL: a message to oneself is in both halves and must count once. The
      // newest page of the union is always within the newest page of each half.
      ids =
          "("
              + pageOfIds(sent, fetch)
              + ") UNION ("
              + pageOfIds(received, fetch)
              + ") ORDER BY id DESC LIMIT "
              + fetch;
    }
    String sql = "SELECT m.* FROM messages m WHERE m.id IN (" + ids + ") ORDER BY m.id DESC";
    return new MessageListing(sql, List.copyOf(parameters));
  }

  private static boolean narrowed(MessageQuery query) {
    return query.direction().isPresent()
        || query.status().isPresent()
        || query.since().isPresent()
        || query.until().isPresent()
        || query.foreign().isPresent()
        || query.text().isPresent();
  }

  private static boolean windowed(MessageQuery query) {
    return query.since().isPresent() || query.until().isPresent();
  }

  /**
   * The newest page of a created_at window. PostgreSQL would walk the primary key backwards and
   * filter on created_at, reckoning that the window's rows are spread evenly over the ids; but they
   * are clustered in time, so a window a week back means skipping a week of rows first (1.6 s at 10
   * M rows). Index ranges are used instead, chosen by two bounded counts:
   *
   * <ol>
   *   <li>The window's ids are read from the {@code (direction, created_at, id)} or {@code
   *       (created_at, id)} index, up to {@code narrowWindow + 1} of them, behind a MATERIALIZED
   *       fence that keeps PostgreSQL from turning this back into the walk. If that was all of
   *       them, the page is sorted out of them: the cost follows the window's size, not its age.
   *   <li>A wider window whose end is near the newest rows (at most {@code narrowWindow} rows of
   *       its direction from {@code until} on, or no {@code until}) is walked in id order: its rows
   *       are dense there, so the walk finds a page after skipping few rows. A window covering the
   *       whole history costs the bounded reads plus a page.
   *   <li>A wide window ending further back has all its ids sorted (an OFFSET 0 fence): about 0.2
   *       µs a row, e.g. 40 ms for a day of 2 messages a second. This is the worst case left, and
   *       it grows with the window, not with the table. An exact id bound would be cheaper, but it
   *       needs a limit on how far Flowroute's time (created_at) may lie from our receipt time (the
   *       id), which nothing enforces.
   * </ol>
   *
   * <p>Each later branch is gated by a one-time filter on the counts, so only one runs, and a count
   * that is not needed is not made. The cursor stays an id bound in every branch. A status is in
   * the table, not in these indexes, so windows with a status keep PostgreSQL's plan.
   */
  private static String windowOfIds(
      MessageQuery query, List<String> where, int fetch, int narrowWindow) {
    String filter = " WHERE " + String.join(" AND ", where);
    String narrow = "(SELECT n FROM window_size) <= " + narrowWindow;
    String wide = "(SELECT n FROM window_size) > " + narrowWindow;
    StringBuilder sql =
        new StringBuilder("WITH in_window AS MATERIALIZED (SELECT w.id FROM messages w")
            .append(filter)
            .append(" ORDER BY w.created_at DESC LIMIT ")
            .append(narrowWindow + 1)
            .append("), window_size AS (SELECT count(*) AS n FROM in_window)");
    String nearNewest = "";
    String farBack = null;
    if (query.until().isPresent()) {
      String newer =
          (query.direction().isPresent() ? "w.direction = :direction AND " : "")
              + "w.created_at >= :until";
      sql.append(", newer AS MATERIALIZED (SELECT w.id FROM messages w WHERE ")
          .append(newer)
          .append(" ORDER BY w.created_at LIMIT ")
          .append(narrowWindow + 1)
          .append("), newer_size AS (SELECT count(*) AS n FROM newer)");
      nearNewest = " AND (SELECT n FROM newer_size) <= " + narrowWindow;
      farBack = " AND (SELECT n FROM newer_size) > " + narrowWindow;
    }
    sql.append(" (SELECT id FROM in_window WHERE ")
        .append(narrow)
        .append(" ORDER BY id DESC LIMIT ")
        .append(fetch)
        .append(") UNION ALL (SELECT w.id FROM messages w")
        .append(filter)
        .append(" AND ")
        .append(wide)
        .append(nearNewest)
        .append(" ORDER BY w.id DESC LIMIT ")
        .append(fetch)
        .append(")");
    if (farBack != null) {
      sql.append(" UNION ALL (SELECT s.id FROM (SELECT w.id FROM messages w")
          .append(filter)
          .append(" AND ")
          .append(wide)
          .append(farBack)
          .append(" OFFSET 0) s ORDER BY s.id DESC LIMIT ")
          .append(fetch)
          .append(")");
    }
    return sql.toString();
  }

  private static String pageOfIds(List<String> where, int fetch) {
    return "SELECT w.id FROM messages w"
        + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
        + " ORDER BY w.id DESC LIMIT "
        + fetch;
  }

  @SuppressWarnings("unchecked")
  List<MessageEntity> run(EntityManager em) {
    NativeQuery<MessageEntity> query =
        em.unwrap(Session.class).createNativeQuery(sql, MessageEntity.class);
    parameters.forEach(p -> query.setParameter(p.name(), p.value(), (Class<Object>) p.type()));
    return query.getResultList();
  }

  /** A bound value with the type it is sent as, so a native statement needs no guessing. */
  private record Parameter(String name, Object value, Class<?> type) {}
}
