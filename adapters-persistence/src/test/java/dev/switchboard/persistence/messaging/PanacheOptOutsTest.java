package dev.switchboard.persistence.messaging;

import static dev.switchboard.persistence.Fixtures.ALICE;
import static dev.switchboard.persistence.Fixtures.OURS;
import static dev.switchboard.persistence.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.messaging.OptOut;
import dev.switchboard.domain.messaging.OptOutSource;
import dev.switchboard.persistence.DatabaseTest;
import dev.switchboard.persistence.PostgresResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The opt-out list in PostgreSQL: its own changes seen within a transaction, and the opt-outs kept
 * before issue 18 (a STOP text, the carrier's 1110) listed with who made them after V17.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
class PanacheOptOutsTest extends DatabaseTest {

  @Inject PanacheOptOuts optOuts;
  @Inject AgroalDataSource dataSource;

  @Test
  void sees_its_own_opt_out_and_removal_within_one_transaction() {
    boolean[] seen = new boolean[2];
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              optOuts.add(
                  new OptOut(
                      UUID.randomUUID(),
                      Optional.of(OURS),
                      ALICE,
                      OptOutSource.KEYWORD,
                      null,
                      "texted STOP",
                      T0));
              seen[0] = optOuts.isOptedOut(OURS, ALICE);
              optOuts.remove(Optional.of(OURS), ALICE);
              seen[1] = optOuts.isOptedOut(OURS, ALICE);
            });

    assertThat(seen).containsExactly(true, false);
  }

  @Test
  void opt_outs_recorded_before_v17_get_their_source_actor_and_a_time_ordered_id()
      throws Exception {
    String schema = "upgrade_" + UUID.randomUUID().toString().replace("-", "");
    Flyway.configure()
        .dataSource(dataSource)
        .schemas(schema)
        .locations("classpath:db/migration")
        .target("16")
        .load()
        .migrate();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          ("INSERT INTO %s.opt_outs (our_number, phone, reason, opted_out_at) VALUES"
                  + " ('+12065550100', '+13125550111', 'keyword', '2026-01-01T10:00:00Z'),"
                  + " ('+12065550100', '+13125550122', 'carrier-dlr-1110', '2026-01-02T10:00:00Z')")
              .formatted(schema));
    }

    Flyway.configure()
        .dataSource(dataSource)
        .schemas(schema)
        .locations("classpath:db/migration")
        .load()
        .migrate();

    List<String> rows = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT phone, source, actor, reason FROM %s.opt_outs ORDER BY id DESC"
                    .formatted(schema))) {
      while (rs.next()) {
        rows.add(
            rs.getString(1)
                + " "
                + rs.getString(2)
                + " "
                + rs.getString(3)
                + " "
                + rs.getString(4));
      }
      s.execute("DROP SCHEMA " + schema + " CASCADE");
    }
    assertThat(rows)
        .containsExactly(
            "+13125550122 CARRIER carrier carrier-dlr-1110",
            "+13125550111 KEYWORD keyword keyword");
  }
}
