package dev.switchboard.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.sandbox.SandboxKafka;
import dev.switchboard.sandbox.SandboxPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The bare-ceiling measurement end to end for about a second, so the harness cannot rot. */
class CeilingSmokeTest {

  @Test
  void the_ceiling_inserts_commits_and_produces_each_message() throws Exception {
    try (SandboxPostgres postgres = SandboxPostgres.start(0, null, false);
        SandboxKafka kafka = SandboxKafka.start(0, null);
        Ceiling ceiling = Ceiling.open(postgres.jdbcUrl(), kafka.bootstrapServers())) {
      LoadResult result =
          LoadGenerator.closed(
              2, Duration.ofMillis(200), Duration.ofSeconds(1), ceiling.operation());
      assertThat(result.ok()).isPositive();
      assertThat(result.failed()).isZero();
      assertThat(result.perSecond()).isPositive();
      assertThat(result.latencies().count()).isEqualTo((int) result.ok());
      try (Connection c = Stack.connect(postgres.jdbcUrl());
          Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT count(*) FROM " + Ceiling.TABLE)) {
        rs.next();
        assertThat(rs.getLong(1)).isGreaterThanOrEqualTo(result.ok());
      }
    }
  }

  @Test
  void a_fixed_rate_step_runs_about_the_planned_number_of_operations() throws Exception {
    LoadResult result =
        LoadGenerator.fixedRate(
            200, 8, Duration.ZERO, Duration.ofMillis(500), (worker, start) -> true);
    assertThat(result.ok()).isBetween(90L, 101L);
  }
}
