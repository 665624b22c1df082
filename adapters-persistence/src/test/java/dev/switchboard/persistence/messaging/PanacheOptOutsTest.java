package dev.switchboard.persistence.messaging;

import static dev.switchboard.persistence.Fixtures.ALICE;
import static dev.switchboard.persistence.Fixtures.BOB;
import static dev.switchboard.persistence.Fixtures.OTHER_OF_OURS;
import static dev.switchboard.persistence.Fixtures.OURS;
import static dev.switchboard.persistence.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.messaging.port.out.OptOuts;
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
import java.util.List;
import org.junit.jupiter.api.Test;

/** The opt-out list: opting out, repeating it, and opting back in. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
class PanacheOptOutsTest extends DatabaseTest {

  @Inject PanacheOptOuts optOuts;
  @Inject AgroalDataSource dataSource;

  @Test
  void opts_a_phone_out_of_one_of_our_numbers_only() {
    QuarkusTransaction.requiringNew().run(() -> optOuts.optOut(OURS, ALICE, "keyword", T0));

    assertThat(optOuts.isOptedOut(OURS, ALICE)).isTrue();
    assertThat(optOuts.isOptedOut(OTHER_OF_OURS, ALICE)).isFalse();
    assertThat(optOuts.isOptedOut(OURS, BOB)).isFalse();
    assertThat(optOuts.isOptedOut(ALICE, OURS)).isFalse();
  }

  @Test
  void answers_which_of_many_pairs_are_opted_out_in_one_question() {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              optOuts.optOut(OURS, ALICE, "keyword", T0);
              optOuts.optOut(OTHER_OF_OURS, BOB, "keyword", T0);
            });
    OptOuts.Pair out = new OptOuts.Pair(OURS, ALICE);
    OptOuts.Pair otherOut = new OptOuts.Pair(OTHER_OF_OURS, BOB);
    List<OptOuts.Pair> asked =
        List.of(
            out,
            new OptOuts.Pair(OURS, BOB),
            new OptOuts.Pair(ALICE, OURS),
            otherOut,
            new OptOuts.Pair(OTHER_OF_OURS, ALICE));

    assertThat(optOuts.optedOut(asked)).containsExactlyInAnyOrder(out, otherOut);
    assertThat(QuarkusTransaction.requiringNew().call(() -> optOuts.optedOut(asked)))
        .containsExactlyInAnyOrder(out, otherOut);
    assertThat(optOuts.optedOut(List.of())).isEmpty();
  }

  @Test
  void keeps_one_opt_out_per_pair_with_the_latest_reason_when_asked_twice() throws Exception {
    QuarkusTransaction.requiringNew().run(() -> optOuts.optOut(OURS, ALICE, "keyword", T0));
    QuarkusTransaction.requiringNew()
        .run(() -> optOuts.optOut(OURS, ALICE, "carrier-dlr-1110", T0.plusSeconds(5)));

    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT reason, count(*) OVER () FROM opt_outs")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("carrier-dlr-1110");
      assertThat(rs.getInt(2)).isEqualTo(1);
    }
  }

  @Test
  void opts_a_phone_back_in() {
    QuarkusTransaction.requiringNew().run(() -> optOuts.optOut(OURS, ALICE, "keyword", T0));
    QuarkusTransaction.requiringNew().run(() -> optOuts.optOut(OURS, BOB, "keyword", T0));

    QuarkusTransaction.requiringNew().run(() -> optOuts.optIn(OURS, ALICE));

    assertThat(optOuts.isOptedOut(OURS, ALICE)).isFalse();
    assertThat(optOuts.isOptedOut(OURS, BOB)).isTrue();
    QuarkusTransaction.requiringNew().run(() -> optOuts.optIn(OURS, ALICE));
    assertThat(optOuts.isOptedOut(OURS, ALICE)).isFalse();
  }

  @Test
  void sees_its_own_opt_out_and_opt_in_within_one_transaction() {
    boolean[] seen = new boolean[2];
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              optOuts.optOut(OURS, ALICE, "keyword", T0);
              seen[0] = optOuts.isOptedOut(OURS, ALICE);
              optOuts.optIn(OURS, ALICE);
              seen[1] = optOuts.isOptedOut(OURS, ALICE);
            });

    assertThat(seen).containsExactly(true, false);
  }
}
