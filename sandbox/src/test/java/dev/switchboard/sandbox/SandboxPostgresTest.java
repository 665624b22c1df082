package dev.switchboard.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
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

  private static Connection connect(SandboxPostgres postgres) throws Exception {
    return DriverManager.getConnection(
        postgres.jdbcUrl(), SandboxPostgres.USER, SandboxPostgres.PASSWORD);
  }
}
