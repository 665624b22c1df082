package dev.switchboard.sandbox;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL server (zonky's embedded binaries) with the {@code switchboard} database and
 * role, for the sandbox, the tests and the benchmarks.
 */
public final class SandboxPostgres implements AutoCloseable {

  public static final String DATABASE = "switchboard";
  public static final String USER = "switchboard";
  public static final String PASSWORD = "switchboard";

  private final EmbeddedPostgres postgres;

  private SandboxPostgres(EmbeddedPostgres postgres) {
    this.postgres = postgres;
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
    EmbeddedPostgres.Builder builder =
        EmbeddedPostgres.builder()
            .setServerConfig("max_connections", "200")
            .setServerConfig("fsync", durable ? "on" : "off")
            .setServerConfig("synchronous_commit", durable ? "on" : "off")
            .setServerConfig("full_page_writes", durable ? "on" : "off");
    if (port > 0) {
      builder.setPort(port);
    }
    if (dataDirectory != null) {
      builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
    }
    SandboxPostgres started = new SandboxPostgres(builder.start());
    started.createDatabase();
    return started;
  }

  public int port() {
    return postgres.getPort();
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + port() + "/" + DATABASE;
  }

  private void createDatabase() throws IOException {
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
  public void close() throws IOException {
    postgres.close();
  }
}
