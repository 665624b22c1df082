package dev.switchboard.domain.messaging.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.messaging.OptOut;
import dev.switchboard.domain.messaging.OptOutQuery;
import dev.switchboard.domain.messaging.OptOutSource;
import dev.switchboard.domain.messaging.port.out.OptOuts.Pair;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.Page;
import dev.switchboard.domain.shared.port.out.StoreContract;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * What every {@link OptOuts} list must do: an opt-out holds for its pair only (or for every number
 * of ours), the first record of a pair stands, a removal undoes exactly its pair, many pairs are
 * answered at once, and the list pages newest first with its filters.
 */
public abstract class OptOutsContract extends StoreContract {

  private static final E164Number OURS = new E164Number("+12065550100");
  private static final E164Number OTHER_OF_OURS = new E164Number("+12065550101");
  private static final E164Number ALICE = new E164Number("+13125550111");
  private static final E164Number BOB = new E164Number("+13125550122");
  private static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");

  /** Time-ordered ids, as the platform's generator makes them. */
  private final AtomicLong clock = new AtomicLong(AT.toEpochMilli());

  protected abstract OptOuts optOuts();

  private OptOut optOut(E164Number ours, E164Number peer, OptOutSource source, String reason) {
    long ms = clock.incrementAndGet();
    UUID id = new UUID((ms << 16) | 0x7000L, 0x8000000000000000L | ms);
    return new OptOut(
        id, Optional.ofNullable(ours), peer, source, null, reason, Instant.ofEpochMilli(ms));
  }

  private boolean add(OptOut o) {
    return inTransaction(() -> optOuts().add(o));
  }

  private static OptOutQuery query(Optional<E164Number> number, Optional<UUID> after, int limit) {
    return new OptOutQuery(
        number,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        after,
        limit);
  }

  @Test
  void an_opt_out_holds_for_its_pair_only() {
    add(optOut(OURS, ALICE, OptOutSource.KEYWORD, "STOP"));

    assertThat(optOuts().isOptedOut(OURS, ALICE)).isTrue();
    assertThat(optOuts().isOptedOut(OTHER_OF_OURS, ALICE)).isFalse();
    assertThat(optOuts().isOptedOut(OURS, BOB)).isFalse();
    assertThat(optOuts().isOptedOut(ALICE, OURS)).as("the pair has a direction").isFalse();
  }

  @Test
  void an_opt_out_of_every_number_holds_for_each_of_ours() {
    add(optOut(null, ALICE, OptOutSource.API, "asked by phone"));

    assertThat(optOuts().isOptedOut(OURS, ALICE)).isTrue();
    assertThat(optOuts().isOptedOut(OTHER_OF_OURS, ALICE)).isTrue();
    assertThat(optOuts().isOptedOut(OURS, BOB)).isFalse();
  }

  @Test
  void the_first_record_of_a_pair_stands_and_a_removal_undoes_it() {
    OptOut first = optOut(OURS, ALICE, OptOutSource.KEYWORD, "STOP");
    assertThat(add(first)).isTrue();
    assertThat(add(optOut(OURS, ALICE, OptOutSource.CARRIER, "carrier-dlr-1110"))).isFalse();
    assertThat(optOuts().byId(first.id())).contains(first);

    Optional<OptOut> removed = inTransaction(() -> optOuts().remove(Optional.of(OURS), ALICE));

    assertThat(removed).contains(first);
    assertThat(optOuts().isOptedOut(OURS, ALICE)).isFalse();
    assertThat(optOuts().byId(first.id())).isEmpty();
  }

  @Test
  void a_removal_of_a_pair_never_opted_out_changes_nothing() {
    add(optOut(OURS, ALICE, OptOutSource.KEYWORD, "STOP"));
    add(optOut(null, BOB, OptOutSource.API, null));

    assertThat(inTransaction(() -> optOuts().remove(Optional.of(OURS), BOB))).isEmpty();

    assertThat(optOuts().isOptedOut(OURS, ALICE)).isTrue();
    assertThat(optOuts().isOptedOut(OURS, BOB)).as("the opt-out of every number").isTrue();
  }

  @Test
  void answers_many_pairs_at_once_with_those_opted_out() {
    add(optOut(OURS, ALICE, OptOutSource.KEYWORD, "STOP"));
    add(optOut(OTHER_OF_OURS, BOB, OptOutSource.KEYWORD, "STOP"));

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

  @Test
  void lists_newest_first_in_pages_with_the_opt_outs_of_every_number_under_each_of_ours() {
    OptOut a = optOut(OURS, ALICE, OptOutSource.KEYWORD, "STOP");
    OptOut b = optOut(OTHER_OF_OURS, ALICE, OptOutSource.CARRIER, "carrier-dlr-1110");
    OptOut c = optOut(null, BOB, OptOutSource.API, "complaint");
    add(a);
    add(b);
    add(c);

    Page<OptOut> first = optOuts().list(query(Optional.empty(), Optional.empty(), 2));
    assertThat(first.items()).containsExactly(c, b);
    assertThat(first.hasMore()).isTrue();
    Page<OptOut> second = optOuts().list(query(Optional.empty(), Optional.of(b.id()), 2));
    assertThat(second.items()).containsExactly(a);
    assertThat(second.hasMore()).isFalse();

    assertThat(optOuts().list(query(Optional.of(OURS), Optional.empty(), 10)).items())
        .containsExactly(c, a);
    OptOutQuery byCarrier =
        new OptOutQuery(
            Optional.empty(),
            Optional.of(ALICE),
            Optional.of(OptOutSource.CARRIER),
            Optional.of("carrier"),
            Optional.of(b.at()),
            Optional.of(b.at().plusMillis(1)),
            Optional.empty(),
            10);
    assertThat(optOuts().list(byCarrier).items()).containsExactly(b);
  }
}
