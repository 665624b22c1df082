package dev.switchboard.persistence;

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
 * #NARROW_WINDOW} ids, and sorted by id; only a window holding more rows than that is walked in id
 * order instead (see {@link #windowOfIds}).
 */
final class MessageListing {

  /**
   * The most ids of a window sorted to find its newest page: a one-hour window of a busy account (4
   * messages a second) holds about 15,000. Reading and sorting this many index entries takes a few
   * milliseconds; beyond it the window is walked instead.
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
    // An int from a validated query, written into the SQL so the planner knows how few rows count.
    int fetch = query.limit() + 1;
    String ids;
    if (query.number().isEmpty() && windowed(query) && query.status().isEmpty()) {
      ids = windowOfIds(common, fetch, narrowWindow);
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
        || query.until().isPresent();
  }

  private static boolean windowed(MessageQuery query) {
    return query.since().isPresent() || query.until().isPresent();
  }

  /**
   * The newest page of a created_at window. PostgreSQL would walk the primary key backwards and
   * filter on created_at, reckoning that the window's rows are spread evenly over the ids; but they
   * are clustered, and a window a week back means skipping a week of rows first (1.6 s at 10 M).
   *
   * <p>So the window's ids are first read from the {@code (direction, created_at, id)} or {@code
   * (created_at, id)} index, behind a MATERIALIZED fence that keeps PostgreSQL from turning this
   * back into the walk, and the newest page is sorted out of them: the cost follows the window's
   * size, not its age. The read stops after {@code narrowWindow + 1} ids. When it did not reach the
   * end, the window is wide, and its rows are then dense enough for the walk in id order, which the
   * second branch does (PostgreSQL's choice; the one-time filter skips it for narrow windows, and
   * skips the sort for wide ones). A window covering the whole history thus costs one bounded index
   * read plus a walk that stops at the first page. The worst case left is a wide window far in the
   * past: the walk still skips every newer row. An exact id bound would need a limit on how far
   * Flowroute's time (created_at) may lie from the receipt time (the id), which nothing enforces.
   *
   * <p>With a status the index would not answer alone (the status is in the table), so those
   * windows keep PostgreSQL's plan.
   */
  private static String windowOfIds(List<String> where, int fetch, int narrowWindow) {
    String filter = " WHERE " + String.join(" AND ", where);
    String count = "(SELECT count(*) FROM in_window)";
    return "WITH in_window AS MATERIALIZED (SELECT w.id FROM messages w"
        + filter
        + " ORDER BY w.created_at DESC LIMIT "
        + (narrowWindow + 1)
        + ") (SELECT id FROM in_window WHERE "
        + count
        + " <= "
        + narrowWindow
        + " ORDER BY id DESC LIMIT "
        + fetch
        + ") UNION ALL (SELECT w.id FROM messages w"
        + filter
        + " AND "
        + count
        + " > "
        + narrowWindow
        + " ORDER BY w.id DESC LIMIT "
        + fetch
        + ")";
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
