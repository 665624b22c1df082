package dev.switchboard.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SandboxPostgresTest {

  @Test
  void serves_the_switchboard_database_and_keeps_data_across_restarts(@TempDir Path dir)
      throws Exception {
    Path data = dir.resolve("pg");
    try (SandboxPostgres postgres = SandboxPostgres.start(0, data, false)) {
      try (Connection c = connect(postgres);
          Statement s = c.createStatement()) {
        s.execute("CREATE TABLE kept (v text)");
        s.execute("INSERT INTO kept VALUES ('still here')");
      }
    }
    assertThat(Files.exists(data.resolve("PG_VERSION"))).isTrue();

    try (SandboxPostgres postgres = SandboxPostgres.start(0, data, false);
        Connection c = connect(postgres);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT v, current_user FROM kept")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("still here");
      assertThat(rs.getString(2)).isEqualTo(SandboxPostgres.USER);
    }
  }

  @Test
  void stops_and_starts_again_on_the_same_port_with_the_same_data_and_settings() throws Exception {
    // A setting given at start (as the benchmarks' --postgres-setting does) holds after a restart.
    try (SandboxPostgres postgres =
        SandboxPostgres.start(0, null, false, java.util.Map.of("work_mem", "7MB"))) {
      int port = postgres.port();
      try (Connection c = connect(postgres);
          Statement s = c.createStatement()) {
        s.execute("CREATE TABLE kept (v text)");
        s.execute("INSERT INTO kept VALUES ('across a restart')");
      }
      postgres.stop();
      assertThat(postgres.isRunning()).isFalse();
      assertThatThrownBy(() -> connect(postgres).close()).isInstanceOf(SQLException.class);

      postgres.restart();
      assertThat(postgres.port()).isEqualTo(port);
      try (Connection c = connect(postgres);
          Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT v, current_setting('work_mem') FROM kept")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo("across a restart");
        assertThat(rs.getString(2)).isEqualTo("7MB");
      }
    }
  }

  @Test
  void a_frozen_server_answers_nothing_until_it_is_thawed() throws Exception {
    try (SandboxPostgres postgres = SandboxPostgres.start(0, null, false);
        Connection c =
            DriverManager.getConnection(
                postgres.jdbcUrl() + "?socketTimeout=1",
                SandboxPostgres.USER,
                SandboxPostgres.PASSWORD);
        Statement s = c.createStatement()) {
      postgres.freeze();
      long start = System.nanoTime();
      // The client gives up after its 1 s socket timeout: the frozen server never answered (a
      // query timeout would not do: its cancel request goes to the frozen postmaster too).
      assertThatThrownBy(() -> s.executeQuery("SELECT 1").close()).isInstanceOf(SQLException.class);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofMillis(900));
      postgres.thaw();
      try (Connection fresh = connect(postgres);
          Statement again = fresh.createStatement();
          ResultSet rs = again.executeQuery("SELECT 42")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getInt(1)).isEqualTo(42);
      }
    }
  }

  private static Connection connect(SandboxPostgres postgres) throws Exception {
    return DriverManager.getConnection(
        postgres.jdbcUrl(), SandboxPostgres.USER, SandboxPostgres.PASSWORD);
  }
}
