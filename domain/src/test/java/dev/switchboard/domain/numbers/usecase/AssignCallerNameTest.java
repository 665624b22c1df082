package dev.switchboard.domain.numbers.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.cnam.CallerName;
import dev.switchboard.domain.cnam.CnamRecord;
import dev.switchboard.domain.cnam.port.out.InMemoryCnamInventory;
import dev.switchboard.domain.cnam.port.out.InMemoryCnamProvider;
import dev.switchboard.domain.events.port.out.RecordingOutbox;
import dev.switchboard.domain.numbers.NumberType;
import dev.switchboard.domain.numbers.OwnedNumber;
import dev.switchboard.domain.numbers.OwnedNumbers;
import dev.switchboard.domain.numbers.event.NumberCnamChanged;
import dev.switchboard.domain.numbers.event.NumberEvents;
import dev.switchboard.domain.numbers.port.out.InMemoryNumberInventory;
import dev.switchboard.domain.shared.ConflictException;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.NotFoundException;
import dev.switchboard.domain.shared.ValidationException;
import dev.switchboard.domain.shared.port.out.DirectUnitOfWork;
import dev.switchboard.domain.shared.port.out.FakeCarrierAccount;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A caller name put on one of our numbers, or taken off, at the carrier and in the record. */
class AssignCallerNameTest {

  private final FakeCarrierAccount account = new FakeCarrierAccount();
  private final InMemoryCnamProvider carrier = new InMemoryCnamProvider(account);
  private final InMemoryCnamInventory names = new InMemoryCnamInventory();
  private final InMemoryNumberInventory numbers = new InMemoryNumberInventory();
  private final RecordingOutbox outbox = new RecordingOutbox();
  private final AssignCallerName assign =
      new AssignCallerName(
          carrier,
          names,
          numbers,
          outbox,
          new NumberEvents(UUID::randomUUID),
          new DirectUnitOfWork(),
          Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC));

  private final E164Number local = ours(NumberType.LOCAL);

  @Test
  void puts_an_approved_name_on_a_local_number_and_tells_of_it() {
    CnamRecord name = approvedName("ACME");

    OwnedNumber updated = assign.assign(local, name.id());

    assertThat(updated.cnamId()).contains(name.id());
    assertThat(carrier.callerNameOf(local)).contains(name.id());
    assertThat(numbers.find(local)).contains(updated);
    assertThat(outbox.types()).containsExactly(NumberCnamChanged.class);
  }

  @Test
  void takes_the_name_off_and_tells_of_it() {
    CnamRecord name = approvedName("ACME");
    assign.assign(local, name.id());

    OwnedNumber updated = assign.unassign(local);

    assertThat(updated.cnamId()).isEmpty();
    assertThat(carrier.callerNameOf(local)).isEmpty();
    assertThat(numbers.find(local).orElseThrow().cnamId()).isEmpty();
    assertThat(outbox.types()).containsExactly(NumberCnamChanged.class, NumberCnamChanged.class);
  }

  @Test
  void refuses_a_name_still_under_review_before_asking_the_carrier() {
    CnamRecord pending = carrier.create(new CallerName("ACME"));
    names.save(pending);

    assertThatThrownBy(() -> assign.assign(local, pending.id()))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.code()).isEqualTo("caller-name-not-approved"));
    assertNothingChanged(local);
  }

  @Test
  void refuses_a_toll_free_number() {
    E164Number tollFree = ours(NumberType.TOLL_FREE);
    CnamRecord name = approvedName("ACME");

    assertThatThrownBy(() -> assign.assign(tollFree, name.id()))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.code()).isEqualTo("caller-name-needs-local-number"));
    assertNothingChanged(tollFree);
  }

  @Test
  void a_number_or_name_we_do_not_have_is_not_found() {
    CnamRecord name = approvedName("ACME");

    assertThatThrownBy(() -> assign.assign(new E164Number("+12065559999"), name.id()))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.code()).isEqualTo("number-not-found"));
    assertThatThrownBy(() -> assign.unassign(new E164Number("+12065559999")))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.code()).isEqualTo("number-not-found"));
    assertThatThrownBy(() -> assign.assign(local, "404"))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.code()).isEqualTo("caller-name-not-found"));
    assertNothingChanged(local);
  }

  private void assertNothingChanged(E164Number number) {
    assertThat(carrier.callerNameOf(number)).isEmpty();
    assertThat(numbers.find(number).orElseThrow().cnamId()).isEmpty();
    assertThat(outbox.events()).isEmpty();
  }

  private E164Number ours(NumberType type) {
    E164Number number = account.buy(type);
    OwnedNumber owned = OwnedNumbers.local(number);
    numbers.save(
        new OwnedNumber(
            number,
            type,
            owned.alias(),
            false,
            false,
            owned.messagingSource(),
            owned.rateCenter(),
            owned.state(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            null));
    return number;
  }

  private CnamRecord approvedName(String value) {
    CnamRecord created = carrier.create(new CallerName(value));
    carrier.approve(created.id());
    CnamRecord approved = carrier.get(created.id());
    names.save(approved);
    return approved;
  }
}
