package dev.switchboard.sandbox;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server (zonky's embedded binaries) with the {@code switchboard} database and
 * role, for the sandbox, the tests and the benchmarks. It can be stopped and started again on the
 * same port and data, and frozen (every server process stopped by SIGSTOP, as a hung host), to test
 * what happens while the database is away.
 */
public final class SandboxPostgres implements AutoCloseable {

  public static final String DATABASE = "switchboard";
  public static final String USER = "switchboard";
  public static final String PASSWORD = "switchboard";

  private final int port;
  private final Path dataDirectory;
  private final boolean durable;
  private final boolean temporary;
  private final Map<String, String> settings;
  private EmbeddedPostgres postgres;
  private List<Long> frozen = List.of();

  private SandboxPostgres(
      int port,
      Path dataDirectory,
      boolean durable,
      boolean temporary,
      Map<String, String> settings) {
    this.port = port;
    this.dataDirectory = dataDirectory;
    this.durable = durable;
    this.temporary = temporary;
    this.settings = Map.copyOf(settings);
  }

  /**
   * Starts a server.
   *
   * @param port the port, or 0 for any free one
   * @param dataDirectory where to keep data across runs, or null for a fresh temporary one
   * @param durable whether commits are flushed to disk (fsync and synchronous commit), as in
   *     production; off is faster for tests
   */
  public static SandboxPostgres start(int port, Path dataDirectory, boolean durable)
      throws IOException {
    return start(port, dataDirectory, durable, Map.of());
  }

  /**
   * Starts a server with further server settings ({@code postgresql.conf} names and values, e.g.
   * {@code max_wal_size=4GB}), applied after the sandbox's own: the benchmarks try an operator's
   * settings this way ({@code ./run-benchmarks.sh --postgres-setting}).
   */
  public static SandboxPostgres start(
      int port, Path dataDirectory, boolean durable, Map<String, String> settings)
      throws IOException {
    boolean temporary = dataDirectory == null;
    Path dir = temporary ? Files.createTempDirectory("switchboard-postgres") : dataDirectory;
    SandboxPostgres started =
        new SandboxPostgres(
            port > 0 ? port : SandboxKafka.freePort(), dir, durable, temporary, settings);
    started.startServer();
    started.createDatabase();
    return started;
  }

  public int port() {
    return port;
  }

  public synchronized boolean isRunning() {
    return postgres != null;
  }

  /** Stops the server (fast shutdown: open sessions end) and keeps its data. */
  public synchronized void stop() throws IOException {
    if (postgres != null) {
      thaw();
      EmbeddedPostgres stopping = postgres;
      postgres = null;
      stopping.close();
    }
  }

  /** Starts the server again on the same port with the same data. */
  public synchronized void restart() throws IOException {
    if (postgres == null) {
      startServer();
    }
  }

  /**
   * Stops every server process with SIGSTOP: connections stay open and nothing answers, as when the
   * database host hangs. {@link #thaw()} resumes them.
   */
  public synchronized void freeze() throws IOException {
    if (postgres == null || !frozen.isEmpty()) {
      return;
    }
    long postmaster = postmasterPid();
    List<Long> pids = new ArrayList<>();
    pids.add(postmaster);
    ProcessHandle.of(postmaster)
        .ifPresent(p -> p.descendants().forEach(child -> pids.add(child.pid())));
    signal("STOP", pids);
    frozen = pids;
  }

  /** Resumes the processes {@link #freeze()} stopped. */
  public synchronized void thaw() throws IOException {
    if (!frozen.isEmpty()) {
      signal("CONT", frozen);
      frozen = List.of();
    }
  }

  private void startServer() throws IOException {
    EmbeddedPostgres.Builder builder =
        EmbeddedPostgres.builder()
            .setPort(port)
            .setDataDirectory(dataDirectory)
            .setCleanDataDirectory(false)
            .setServerConfig("max_connections", "200")
            .setServerConfig("fsync", durable ? "on" : "off")
            .setServerConfig("synchronous_commit", durable ? "on" : "off")
            .setServerConfig("full_page_writes", durable ? "on" : "off");
    settings.forEach(builder::setServerConfig);
    postgres = builder.start();
  }

  /** The postmaster's pid, the first line of {@code postmaster.pid} in the data directory. */
  private long postmasterPid() throws IOException {
    return Long.parseLong(
        Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim());
  }

  private static void signal(String signal, List<Long> pids) throws IOException {
    List<String> command = new ArrayList<>(List.of("kill", "-" + signal));
    pids.forEach(pid -> command.add(String.valueOf(pid)));
    try {
      // A process that ended meanwhile makes kill exit non-zero; the others are signalled.
      new ProcessBuilder(command).redirectErrorStream(true).start().waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while signalling PostgreSQL", e);
    }
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + port() + "/" + DATABASE;
  }

  private synchronized void createDatabase() throws IOException {
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + USER + "'")) {
        if (!rs.next()) {
          s.execute("CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'");
        }
      }
      try (ResultSet rs =
          s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
        if (!rs.next()) {
          s.execute("CREATE DATABASE " + DATABASE + " OWNER " + USER);
        }
      }
    } catch (SQLException e) {
      throw new IOException("could not create the switchboard database", e);
    }
  }

  @Override
  public synchronized void close() throws IOException {
    stop();
    if (temporary) {
      try (Stream<Path> paths = Files.walk(dataDirectory)) {
        paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }
  }
}
