package dev.switchboard.benchmarks;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the database and the relay were doing, second by second, during a fixed-rate run, so that
 * the second that started most late events can be matched with its cause: samples every {@value
 * #SAMPLE_MILLIS} ms of WAL written, whether the checkpointer was at work (its wait event is other
 * than idling in {@code CheckpointerMain}), how many client backends waited on I/O or on a
 * lightweight lock (the WAL write lock among them), the relay's backlog (live rows in the outbox)
 * and its rounds (index scans of the outbox, from statistics a backend reports at most once a
 * second, so they may land a second late), plus the checkpoint counters before and after. The API's
 * GC pauses come from its GC log ({@link GcLog}).
 */
final class StallWatch implements AutoCloseable {

  static final long SAMPLE_MILLIS = 100;

  /** One sample. */
  record Sample(
      long nanos,
      long walBytes,
      boolean checkpointing,
      int waitingOnIo,
      int waitingOnLock,
      long backlog,
      long relayScans) {}

  /** What one second of the run held. */
  record Second(
      int second,
      double walMegabytes,
      boolean checkpointing,
      int mostWaitingOnIo,
      int mostWaitingOnLock,
      long mostBacklog,
      long relayScans,
      double longestGcPauseMillis) {

    String describe() {
      return String.format(
          Locale.ROOT,
          "checkpointer %s, WAL %.1f MB, up to %d backends waiting on I/O and %d on a lock,"
              + " outbox backlog up to %,d, %,d relay scans, API GC pause up to %s ms",
          checkpointing ? "at work" : "idle",
          walMegabytes,
          mostWaitingOnIo,
          mostWaitingOnLock,
          mostBacklog,
          relayScans,
          Report.number(longestGcPauseMillis));
    }
  }

  /** A GC pause of the API: when it started and how long the longest pause of it took. */
  record GcPause(Instant start, double millis) {}

  private final Connection connection;
  private final String outbox;
  private final long startNanos;
  private final Instant startWall;
  private final long[] checkpointsBefore;
  private final List<Sample> samples = new ArrayList<>();
  private final Thread sampler;
  private volatile boolean stopped;
  private long[] checkpointsAfter;

  private StallWatch(Connection connection, String outbox) throws SQLException {
    this.connection = connection;
    this.outbox = outbox;
    this.checkpointsBefore = checkpoints(connection);
    this.startNanos = System.nanoTime();
    this.startWall = Instant.now();
    this.sampler = new Thread(this::sample, "stall-watch");
    this.sampler.setDaemon(true);
  }

  /**
   * Starts sampling on a connection of its own; {@code outbox} is the relay's table (null when
   * there is none to watch).
   */
  static StallWatch start(String jdbcUrl, String outbox) throws SQLException {
    Connection c = Ceiling.connect(jdbcUrl);
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT to_regclass('" + (outbox == null ? "-" : outbox) + "') IS NOT NULL")) {
      rs.next();
      StallWatch watch = new StallWatch(c, rs.getBoolean(1) ? outbox : null);
      // The first sample before returning: what the run does is measured from it.
      watch.sampleOnce(s);
      watch.sampler.start();
      return watch;
    } catch (SQLException | RuntimeException e) {
      c.close();
      throw e;
    }
  }

  private String query() {
    // The insert position, not the write position: without synchronous commit (the smoke tests'
    // PostgreSQL) the write position lags until the WAL writer runs, and a second's WAL would not
    // be the WAL that second produced.
    return "SELECT pg_wal_lsn_diff(pg_current_wal_insert_lsn(), '0/0')::bigint,"
        + " (SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'checkpointer'"
        + " AND wait_event IS DISTINCT FROM 'CheckpointerMain'),"
        + " (SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend'"
        + " AND wait_event_type = 'IO'),"
        + " (SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend'"
        + " AND wait_event_type = 'LWLock'),"
        + (outbox == null
            ? " 0, 0"
            : " (SELECT count(*) FROM "
                + outbox
                + "), (SELECT coalesce(idx_scan, 0) FROM pg_stat_user_tables WHERE relname = '"
                + outbox
                + "')");
  }

  /** One sample, now. */
  private void sampleOnce(Statement s) throws SQLException {
    long at = System.nanoTime();
    try (ResultSet rs = s.executeQuery(query())) {
      rs.next();
      Sample sample =
          new Sample(
              at,
              rs.getLong(1),
              rs.getInt(2) > 0,
              rs.getInt(3),
              rs.getInt(4),
              rs.getLong(5),
              rs.getLong(6));
      synchronized (samples) {
        samples.add(sample);
      }
    }
  }

  private void sample() {
    try (Statement s = connection.createStatement()) {
      while (!stopped) {
        long at = System.nanoTime();
        sampleOnce(s);
        long left = SAMPLE_MILLIS * 1_000_000 - (System.nanoTime() - at);
        if (left > 0) {
          Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
        }
      }
    } catch (SQLException e) {
      if (!stopped) {
        System.err.println("benchmarks: the stall watch stopped: " + e.getMessage());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The checkpoints so far: {timed, requested, buffers written by checkpoints}. */
  private static long[] checkpoints(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      // PostgreSQL 17 moved these counters from pg_stat_bgwriter to pg_stat_checkpointer.
      String query =
          hasView(s, "pg_stat_checkpointer")
              ? "SELECT num_timed, num_requested, buffers_written FROM pg_stat_checkpointer"
              : "SELECT checkpoints_timed, checkpoints_req, buffers_checkpoint"
                  + " FROM pg_stat_bgwriter";
      try (ResultSet rs = s.executeQuery(query)) {
        rs.next();
        return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)};
      }
    }
  }

  private static boolean hasView(Statement s, String view) throws SQLException {
    try (ResultSet rs = s.executeQuery("SELECT to_regclass('" + view + "') IS NOT NULL")) {
      rs.next();
      return rs.getBoolean(1);
    }
  }

  /** The wall-clock time at which sampling began, to place JFR events in the same seconds. */
  Instant startWall() {
    return startWall;
  }

  long startNanos() {
    return startNanos;
  }

  List<Sample> samples() {
    synchronized (samples) {
      return List.copyOf(samples);
    }
  }

  /**
   * The samples and GC pauses grouped by second, counted from {@code fromNanos} ({@link
   * System#nanoTime()}, e.g. the first measured request of the step).
   */
  List<Second> seconds(long fromNanos, List<GcPause> pauses) {
    List<Sample> all = samples();
    List<Second> out = new ArrayList<>();
    if (all.isEmpty()) {
      return out;
    }
    long last = all.get(all.size() - 1).nanos();
    for (int second = 0; fromNanos + second * 1_000_000_000L <= last; second++) {
      long from = fromNanos + second * 1_000_000_000L;
      long to = from + 1_000_000_000L;
      Sample before = null;
      Sample firstIn = null;
      Sample end = null;
      boolean checkpointing = false;
      int io = 0;
      int lock = 0;
      long backlog = 0;
      for (Sample s : all) {
        if (s.nanos() < from) {
          before = s;
        } else if (s.nanos() < to) {
          firstIn = firstIn == null ? s : firstIn;
          end = s;
          checkpointing |= s.checkpointing();
          io = Math.max(io, s.waitingOnIo());
          lock = Math.max(lock, s.waitingOnLock());
          backlog = Math.max(backlog, s.backlog());
        }
      }
      if (end == null) {
        continue;
      }
      Sample first = before == null ? firstIn : before;
      double gc = 0;
      for (GcPause p : pauses) {
        long at = startNanos + Duration.between(startWall, p.start()).toNanos();
        if (at >= from && at < to) {
          gc = Math.max(gc, p.millis());
        }
      }
      out.add(
          new Second(
              second,
              (end.walBytes() - first.walBytes()) / 1e6,
              checkpointing,
              io,
              lock,
              backlog,
              end.relayScans() - first.relayScans(),
              gc));
    }
    return out;
  }

  /** Checkpoints during the run: "1 requested, 0 timed, 2,345 buffers written". */
  String checkpointsDuring() {
    long[] after = checkpointsAfter;
    if (after == null) {
      return "not read";
    }
    return String.format(
        Locale.ROOT,
        "%d requested, %d timed (%,d buffers written by checkpoints)",
        after[1] - checkpointsBefore[1],
        after[0] - checkpointsBefore[0],
        after[2] - checkpointsBefore[2]);
  }

  /** Stops sampling and reads the checkpoint counters once more. */
  @Override
  public void close() {
    if (stopped) {
      return;
    }
    stopped = true;
    try {
      sampler.join(2_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      // The counters are reported when a checkpoint ends; one still running shows in the samples.
      checkpointsAfter = checkpoints(connection);
    } catch (SQLException e) {
      checkpointsAfter = null;
    }
    try {
      connection.close();
    } catch (SQLException e) {
      // closing anyway
    }
  }

  /** A markdown table of the seconds, with the late events each started. */
  static String table(List<Second> seconds, long[] lateBySecond) {
    StringBuilder md =
        new StringBuilder(
            "| second | late events | WAL MB | checkpointer | backends on I/O (most) |"
                + " on a lock (most) | outbox backlog (most) | relay scans | API GC pause ms |\n"
                + "|---:|---:|---:|---|---:|---:|---:|---:|---:|\n");
    for (Second s : seconds) {
      long late = s.second() < lateBySecond.length ? lateBySecond[s.second()] : 0;
      md.append(
          String.format(
              Locale.ROOT,
              "| %d | %,d | %.1f | %s | %d | %d | %,d | %,d | %s |%n",
              s.second(),
              late,
              s.walMegabytes(),
              s.checkpointing() ? "at work" : "idle",
              s.mostWaitingOnIo(),
              s.mostWaitingOnLock(),
              s.mostBacklog(),
              s.relayScans(),
              Report.number(s.longestGcPauseMillis())));
    }
    return md.toString();
  }
}
