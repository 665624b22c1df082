package dev.switchboard.domain.messaging.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.messaging.port.out.OptOuts.Pair;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.port.out.StoreContract;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every {@link OptOuts} list must do: a STOP holds for one (our number, phone) pair only,
 * twice is once, an opt-in undoes it, and many pairs are answered at once.
 */
public abstract class OptOutsContract extends StoreContract {

  private static final E164Number OURS = new E164Number("+12065550100");
  private static final E164Number OTHER_OF_OURS = new E164Number("+12065550101");
  private static final E164Number ALICE = new E164Number("+13125550111");
  private static final E164Number BOB = new E164Number("+13125550122");
  private static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");

  protected abstract OptOuts optOuts();

  @Test
  void an_opt_out_holds_for_its_pair_only() {
    write(() -> optOuts().optOut(OURS, ALICE, "STOP", AT));

    assertThat(optOuts().isOptedOut(OURS, ALICE)).isTrue();
    assertThat(optOuts().isOptedOut(OTHER_OF_OURS, ALICE)).isFalse();
    assertThat(optOuts().isOptedOut(OURS, BOB)).isFalse();
    assertThat(optOuts().isOptedOut(ALICE, OURS)).as("the pair has a direction").isFalse();
  }

  @Test
  void opting_out_twice_is_once_and_an_opt_in_undoes_it() {
    write(() -> optOuts().optOut(OURS, ALICE, "STOP", AT));
    write(() -> optOuts().optOut(OURS, ALICE, "carrier-dlr-1110", AT.plusSeconds(1)));
    assertThat(optOuts().isOptedOut(OURS, ALICE)).isTrue();

    write(() -> optOuts().optIn(OURS, ALICE));

    assertThat(optOuts().isOptedOut(OURS, ALICE)).isFalse();
  }

  @Test
  void an_opt_in_of_a_pair_never_opted_out_changes_nothing() {
    write(() -> optOuts().optOut(OURS, ALICE, "STOP", AT));

    write(() -> optOuts().optIn(OURS, BOB));

    assertThat(optOuts().isOptedOut(OURS, ALICE)).isTrue();
    assertThat(optOuts().isOptedOut(OURS, BOB)).isFalse();
  }

  @Test
  void answers_many_pairs_at_once_with_those_opted_out() {
    write(() -> optOuts().optOut(OURS, ALICE, "STOP", AT));
    write(() -> optOuts().optOut(OTHER_OF_OURS, BOB, "STOP", AT));

    assertThat(
            optOuts()
                .optedOut(
                    List.of(
                        new Pair(OURS, ALICE),
                        new Pair(OURS, BOB),
                        new Pair(OTHER_OF_OURS, BOB),
                        new Pair(OTHER_OF_OURS, ALICE))))
        .containsExactlyInAnyOrder(new Pair(OURS, ALICE), new Pair(OTHER_OF_OURS, BOB));
    assertThat(optOuts().optedOut(List.of())).isEmpty();
  }
}
