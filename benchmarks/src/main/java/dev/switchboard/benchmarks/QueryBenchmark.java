package dev.switchboard.benchmarks;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code GET /v1/messages} filters and the conversation view over 1 M and 10 M stored messages,
 * each beside the same SQL over plain JDBC, with the query plans ({@code EXPLAIN (ANALYZE,
 * BUFFERS)}).
 */
final class QueryBenchmark {

  static final String SECTION = "Queries";
  private static final Pattern NEXT = Pattern.compile("\"nextCursor\"\\s*:\\s*\"([^\"]+)\"");
  private static final int PAGE = 50;

  private final Context ctx;
  private final Random random = new Random(42);
  private final List<String[]> pairs = new ArrayList<>();
  private Instant start;
  private long rows;

  QueryBenchmark(Context ctx) {
    this.ctx = ctx;
  }

  void run() throws Exception {
    try (Connection c = ctx.stack().connect()) {
      MessageLoader loader = new MessageLoader(c);
      for (long target : ctx.options().rowCounts()) {
        long before = loader.loaded();
        if (before < target) {
          ctx.progress("loading messages up to " + target + " rows");
          long t = System.nanoTime();
          loader.loadUpTo(target, n -> ctx.progress("  " + n + " rows loaded"));
          double seconds = (System.nanoTime() - t) / 1e9;
          ctx.report()
              .add(
                  new Figure(
                      SECTION,
                      "load "
                          + (target - before)
                          + " rows (generate_series, 1 M per commit, then ANALYZE)",
                      seconds,
                      "s",
                      "",
                      Double.NaN,
                      "",
                      null,
                      Report.number((target - before) / seconds) + " rows/s"));
        }
        start = loader.start();
        rows = target;
        samplePairs(c);
        measure(c, target);
      }
    }
  }

  private void samplePairs(Connection c) throws SQLException {
    pairs.clear();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT from_number, to_number, direction FROM messages TABLESAMPLE SYSTEM (1)"
                    + " WHERE body LIKE 'Loaded message %' LIMIT 500")) {
      while (rs.next()) {
        boolean inbound = rs.getString(3).equals("INBOUND");
        String ours = inbound ? rs.getString(2) : rs.getString(1);
        String peer = inbound ? rs.getString(1) : rs.getString(2);
        pairs.add(new String[] {ours, peer});
      }
    }
    if (pairs.isEmpty()) {
      throw new IllegalStateException("no loaded messages to query");
    }
  }

  /** One kind of listing: its API query string and the SQL Hibernate sends for it. */
  private record Query(String apiQuery, String sql, List<Object> parameters) {}

  private interface Kind {
    Query next() throws Exception;
  }

  /** Each kind of listing at this table size: its p99 through the API beside the same SQL. */
  private void measure(Connection c, long target) throws Exception {
    String token = ctx.stack().emulator().tokens().issue();
    boolean targeted = target >= 10_000_000;
    String size = target >= 1_000_000 ? (target / 1_000_000) + " M" : (target / 1_000) + " k";
    StringBuilder plans = new StringBuilder();
    for (Object[] entry : kinds(token)) {
      String name = (String) entry[0];
      ctx.progress("query " + name + " at " + size + " rows");
      List<Query> queries = sample((Kind) entry[1]);
      Latencies api = new Latencies();
      Latencies jdbc = new Latencies();
      time(c, token, queries, api, jdbc);
      report(size + ": " + name, targeted, api.summary(), jdbc.summary());
      plans
          .append("**")
          .append(name)
          .append("** — `GET /v1/messages?")
          .append(queries.get(0).apiQuery())
          .append("`\n\n```text\n")
          .append(explain(c, queries.get(queries.size() - 1)))
          .append("```\n\n");
    }
    ctx.report().detail("Query plans at " + size + " rows", plans.toString());
  }

  private int warmupQueries() {
    return ctx.options().quick() ? 5 : 20;
  }

  /** The warm-up and measured queries of one kind, made before any is timed. */
  private List<Query> sample(Kind kind) throws Exception {
    int count = ctx.options().quick() ? 40 : 200;
    List<Query> queries = new ArrayList<>();
    for (int i = 0; i < warmupQueries() + count; i++) {
      queries.add(kind.next());
    }
    return queries;
  }

  /** Times each query through the API and then as bare SQL, past the warm-up, within a budget. */
  private void time(Connection c, String token, List<Query> queries, Latencies api, Latencies jdbc)
      throws Exception {
    long budgetEnds = System.nanoTime() + (ctx.options().quick() ? 10L : 40L) * 1_000_000_000L;
    for (int i = 0; i < queries.size(); i++) {
      if (api.count() >= 20 && System.nanoTime() > budgetEnds) {
        break; // a slow query gets fewer samples rather than minutes of them
      }
      Query q = queries.get(i);
      long t = System.nanoTime();
      KeepAliveConnection.Response response =
          ctx.http().get(ctx.stack().apiUrl() + "/v1/messages?" + q.apiQuery(), token);
      long apiNanos = System.nanoTime() - t;
      if (response.status() != 200) {
        throw new IllegalStateException(
            "GET /v1/messages?" + q.apiQuery() + " answered " + response.status());
      }
      t = System.nanoTime();
      runSql(c, q);
      long jdbcNanos = System.nanoTime() - t;
      if (i >= warmupQueries()) {
        api.add(apiNanos);
        jdbc.add(jdbcNanos);
      }
    }
  }

  private void report(String name, boolean targeted, Latencies.Summary a, Latencies.Summary j) {
    ctx.report()
        .add(
            new Figure(
                SECTION,
                name + " p99 (p50 " + Report.number(a.p50()) + ")",
                a.p99(),
                "ms",
                "same SQL over JDBC p99 (p50 " + Report.number(j.p50()) + ")",
                j.p99(),
                targeted ? "p99 ≤ 20 ms at 10 M messages" : "",
                targeted ? a.p99() <= 20 : null,
                targeted && a.p99() > 20
                    ? String.format(
                        Locale.ROOT, "%.1f ms over (%.1fx the target)", a.p99() - 20, a.p99() / 20)
                    : ""));
  }

  /** The kinds of listing, each with a maker of its next query: name, {@link Kind}. */
  private List<Object[]> kinds(String token) {
    List<Object[]> kinds = new ArrayList<>();
    kinds.add(
        new Object[] {
          "number (one of 20 account numbers: 5 % of rows)",
          (Kind)
              () -> {
                String n = pair()[0];
                return new Query(
                    "number=" + enc(n),
                    union("w.from_number = ?", "w.to_number = ?"),
                    List.of(n, n));
              }
        });
    kinds.add(
        new Object[] {
          "number (a peer: ~0.001 % of rows)",
          (Kind)
              () -> {
                String n = pair()[1];
                return new Query(
                    "number=" + enc(n),
                    union("w.from_number = ?", "w.to_number = ?"),
                    List.of(n, n));
              }
        });
    kinds.add(
        new Object[] {
          "conversation (number + peer)",
          (Kind)
              () -> {
                String[] p = pair();
                return new Query(
                    "number=" + enc(p[0]) + "&peer=" + enc(p[1]),
                    union(
                        "w.from_number = ? AND w.to_number = ?",
                        "w.from_number = ? AND w.to_number = ?"),
                    List.of(p[0], p[1], p[1], p[0]));
              }
        });
    kinds.add(
        new Object[] {
          "status=FAILED (1 % of rows)",
          (Kind)
              () -> new Query("status=FAILED", rows(page("WHERE w.status = ?")), List.of("FAILED"))
        });
    kinds.add(
        new Object[] {
          "direction=INBOUND in a one-hour window (since/until)",
          (Kind)
              () -> {
                long spanSeconds = rows * MessageLoader.SPACING_MILLIS / 1000 - 3600;
                Instant since = start.plusSeconds((long) (random.nextDouble() * spanSeconds));
                Instant until = since.plusSeconds(3600);
                OffsetDateTime from = OffsetDateTime.ofInstant(since, ZoneOffset.UTC);
                OffsetDateTime to = OffsetDateTime.ofInstant(until, ZoneOffset.UTC);
                return new Query(
                    "direction=INBOUND&since=" + since + "&until=" + until,
                    window("w.direction = ?", "w.created_at >= ? AND w.created_at < ?"),
                    List.of(
                        "INBOUND", from, to, "INBOUND", to, "INBOUND", from, to, "INBOUND", from,
                        to));
              }
        });
    kinds.add(
        new Object[] {
          "number, second page (keyset cursor)",
          (Kind)
              () -> {
                String n = pair()[0];
                String cursor = firstCursor(token, "number=" + enc(n));
                return new Query(
                    "number=" + enc(n) + "&cursor=" + cursor,
                    union("w.from_number = ? AND w.id < ?", "w.to_number = ? AND w.id < ?"),
                    List.of(n, cursorId(cursor), n, cursorId(cursor)));
              }
        });
    kinds.add(
        new Object[] {"newest, no filter", (Kind) () -> new Query("", rows(page("")), List.of())});
    return kinds;
  }

  // The SQL MessageListing (adapters-persistence) sends for each kind: a page of ids chosen from
  // indexes first, then only those rows read.

  private static String rows(String ids) {
    return "SELECT m.* FROM messages m WHERE m.id IN (" + ids + ") ORDER BY m.id DESC";
  }

  private static String page(String where) {
    return "SELECT w.id FROM messages w " + where + " ORDER BY w.id DESC LIMIT " + (PAGE + 1);
  }

  private static String union(String sent, String received) {
    return rows(
        "("
            + page("WHERE " + sent)
            + ") UNION ("
            + page("WHERE " + received)
            + ") ORDER BY id DESC LIMIT "
            + (PAGE + 1));
  }

  /**
   * A direction and window: its ids read from an index and sorted when at most 20,000, else walked
   * by id when at most 20,000 rows of the direction lie after its end, else sorted whole.
   */
  private static String window(String direction, String window) {
    String where = direction + " AND " + window;
    String wide = " AND (SELECT n FROM window_size) > 20000 AND (SELECT n FROM newer_size) ";
    return rows(
        "WITH in_window AS MATERIALIZED (SELECT w.id FROM messages w WHERE "
            + where
            + " ORDER BY w.created_at DESC LIMIT 20001),"
            + " window_size AS (SELECT count(*) AS n FROM in_window),"
            + " newer AS MATERIALIZED (SELECT w.id FROM messages w WHERE "
            + direction
            + " AND w.created_at >= ? ORDER BY w.created_at LIMIT 20001),"
            + " newer_size AS (SELECT count(*) AS n FROM newer)"
            + " (SELECT id FROM in_window WHERE (SELECT n FROM window_size) <= 20000"
            + " ORDER BY id DESC LIMIT "
            + (PAGE + 1)
            + ") UNION ALL ("
            + page("WHERE " + where + wide + "<= 20000")
            + ") UNION ALL (SELECT s.id FROM (SELECT w.id FROM messages w WHERE "
            + where
            + wide
            + "> 20000 OFFSET 0) s ORDER BY s.id DESC LIMIT "
            + (PAGE + 1)
            + ")");
  }

  private String[] pair() {
    return pairs.get(random.nextInt(pairs.size()));
  }

  private String firstCursor(String token, String query) throws Exception {
    KeepAliveConnection.Response page =
        ctx.http().get(ctx.stack().apiUrl() + "/v1/messages?" + query, token);
    Matcher m = NEXT.matcher(page.body());
    if (!m.find()) {
      throw new IllegalStateException("no nextCursor for " + query);
    }
    return m.group(1);
  }

  /** The message id inside an API cursor ({@code m:<uuid>}, base64url). */
  static UUID cursorId(String cursor) {
    String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
    return UUID.fromString(raw.substring(raw.indexOf(':') + 1));
  }

  private static void runSql(Connection c, Query q) throws SQLException {
    try (PreparedStatement s = prepare(c, q.sql(), q.parameters());
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        rs.getObject(1);
      }
    }
  }

  private static String explain(Connection c, Query q) throws SQLException {
    StringBuilder text = new StringBuilder();
    try (PreparedStatement s = prepare(c, "EXPLAIN (ANALYZE, BUFFERS) " + q.sql(), q.parameters());
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        text.append(rs.getString(1)).append('\n');
      }
    }
    return text.toString();
  }

  private static PreparedStatement prepare(Connection c, String sql, List<Object> parameters)
      throws SQLException {
    PreparedStatement s = c.prepareStatement(sql);
    for (int i = 0; i < parameters.size(); i++) {
      s.setObject(i + 1, parameters.get(i));
    }
    return s;
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
