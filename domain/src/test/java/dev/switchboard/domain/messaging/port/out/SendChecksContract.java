package dev.switchboard.domain.messaging.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.messaging.Message;
import dev.switchboard.domain.messaging.MessageId;
import dev.switchboard.domain.messaging.OptOut;
import dev.switchboard.domain.messaging.OptOutSource;
import dev.switchboard.domain.messaging.SenderStanding;
import dev.switchboard.domain.numbers.MessagingSource;
import dev.switchboard.domain.numbers.NumberType;
import dev.switchboard.domain.numbers.OwnedNumbers;
import dev.switchboard.domain.numbers.port.out.NumberInventory;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.port.out.StoreContract;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SendChecks} must answer, read inside the caller's transaction: the keys asked
 * that a message holds, the senders asked that are in the inventory with their messaging, and the
 * pairs asked that are opted out by their own opt-out or by one of every number.
 */
public abstract class SendChecksContract extends StoreContract {

  private static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");
  private static final E164Number OURS = new E164Number("+12065550100");
  private static final E164Number DISABLED = new E164Number("+12065550101");
  private static final E164Number UNKNOWN = new E164Number("+12065550102");
  private static final E164Number STRANGER = new E164Number("+12065550199");
  private static final E164Number PHONE = new E164Number("+14155550111");
  private static final E164Number QUITTER = new E164Number("+14155550122");
  private static final E164Number QUITS_ALL = new E164Number("+14155550133");

  protected abstract SendChecks checks();

  /** Where the checks find the messages and their keys. */
  protected abstract Messages messages();

  /** Where the checks find the senders. */
  protected abstract NumberInventory inventory();

  /** Where the checks find the opt-outs. */
  protected abstract OptOuts optOuts();

  @Test
  void answers_the_keys_senders_and_opted_out_pairs_asked_and_nothing_else() {
    write(
        () -> {
          messages().add(keyed("used-1"));
          messages().add(keyed("used-2"));
          inventory()
              .save(OwnedNumbers.bare(OURS, NumberType.LOCAL, true, MessagingSource.REQUESTED));
          inventory()
              .save(OwnedNumbers.bare(DISABLED, NumberType.LOCAL, false, MessagingSource.REPORTED));
          inventory()
              .save(
                  OwnedNumbers.bare(UNKNOWN, NumberType.TOLL_FREE, false, MessagingSource.UNKNOWN));
          optOuts().add(optOut(OURS, QUITTER, 1));
          optOuts().add(optOut(null, QUITS_ALL, 2));
        });

    SendChecks.Found found =
        read(
            Set.of("used-1", "fresh"),
            Set.of(OURS, DISABLED, UNKNOWN, STRANGER),
            Set.of(
                new OptOuts.Pair(OURS, PHONE),
                new OptOuts.Pair(OURS, QUITTER),
                new OptOuts.Pair(DISABLED, QUITTER),
                new OptOuts.Pair(UNKNOWN, QUITS_ALL)));

    assertThat(found.keysTaken()).containsExactly("used-1");
    assertThat(found.senders())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                OURS, new SenderStanding(true, MessagingSource.REQUESTED),
                DISABLED, new SenderStanding(false, MessagingSource.REPORTED),
                UNKNOWN, new SenderStanding(false, MessagingSource.UNKNOWN)));
    assertThat(found.optedOut())
        .containsExactlyInAnyOrder(
            new OptOuts.Pair(OURS, QUITTER), new OptOuts.Pair(UNKNOWN, QUITS_ALL));
  }

  @Test
  void asking_nothing_finds_nothing() {
    write(() -> messages().add(keyed("used")));

    SendChecks.Found found = read(Set.of(), Set.of(), Set.of());

    assertThat(found.keysTaken()).isEmpty();
    assertThat(found.senders()).isEmpty();
    assertThat(found.optedOut()).isEmpty();
  }

  @Test
  void sees_what_its_own_transaction_wrote_before_it() {
    SendChecks.Found found =
        inTransaction(
            () -> {
              messages().add(keyed("just-now"));
              optOuts().add(optOut(OURS, QUITTER, 3));
              return checks()
                  .read(
                      new SendChecks.Asked(
                          Set.of("just-now"), Set.of(), Set.of(new OptOuts.Pair(OURS, QUITTER))));
            });

    assertThat(found.keysTaken()).containsExactly("just-now");
    assertThat(found.optedOut()).containsExactly(new OptOuts.Pair(OURS, QUITTER));
  }

  private SendChecks.Found read(
      Set<String> keys, Set<E164Number> senders, Set<OptOuts.Pair> pairs) {
    return inTransaction(() -> checks().read(new SendChecks.Asked(keys, senders, pairs)));
  }

  private static Message keyed(String key) {
    return Message.queued(
        new MessageId(UUID.randomUUID()), OURS, PHONE, "keyed " + key, List.of(), key, "fp", AT);
  }

  private static OptOut optOut(E164Number ours, E164Number peer, long n) {
    return new OptOut(
        new UUID(0x7000L + n, 0x8000000000000000L | n),
        Optional.ofNullable(ours),
        peer,
        OptOutSource.KEYWORD,
        null,
        "STOP",
        AT.plusSeconds(n));
  }
}
