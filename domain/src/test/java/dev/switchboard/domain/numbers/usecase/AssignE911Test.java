package dev.switchboard.domain.numbers.usecase;

import static dev.switchboard.domain.e911.port.out.E911ProviderContract.office;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.e911.E911Address;
import dev.switchboard.domain.e911.port.out.InMemoryE911Inventory;
import dev.switchboard.domain.e911.port.out.InMemoryE911Provider;
import dev.switchboard.domain.events.port.out.RecordingOutbox;
import dev.switchboard.domain.numbers.NumberType;
import dev.switchboard.domain.numbers.OwnedNumber;
import dev.switchboard.domain.numbers.OwnedNumbers;
import dev.switchboard.domain.numbers.event.NumberE911Changed;
import dev.switchboard.domain.numbers.event.NumberEvents;
import dev.switchboard.domain.numbers.port.out.InMemoryNumberInventory;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.NotFoundException;
import dev.switchboard.domain.shared.ValidationException;
import dev.switchboard.domain.shared.port.out.DirectUnitOfWork;
import dev.switchboard.domain.shared.port.out.FakeCarrierAccount;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An emergency address given to one of our numbers, or taken away, at the carrier and in the
 * record.
 */
class AssignE911Test {

  private final FakeCarrierAccount account = new FakeCarrierAccount();
  private final InMemoryE911Provider carrier = new InMemoryE911Provider(account);
  private final InMemoryE911Inventory addresses = new InMemoryE911Inventory();
  private final InMemoryNumberInventory numbers = new InMemoryNumberInventory();
  private final RecordingOutbox outbox = new RecordingOutbox();
  private final AssignE911 assign =
      new AssignE911(
          carrier,
          addresses,
          numbers,
          outbox,
          new NumberEvents(UUID::randomUUID),
          new DirectUnitOfWork(),
          Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC));

  private final E164Number local = account.buy(NumberType.LOCAL);

  @Test
  void gives_a_number_an_address_and_tells_of_it() {
    numbers.save(OwnedNumbers.local(local));
    E911Address hq = registered("HQ", "3rd Ave");

    OwnedNumber updated = assign.assign(local, hq.id());

    assertThat(updated.e911Id()).contains(hq.id());
    assertThat(carrier.numbersOf(hq.id())).containsExactly(local);
    assertThat(numbers.find(local)).contains(updated);
    assertThat(outbox.types()).containsExactly(NumberE911Changed.class);
  }

  @Test
  void takes_the_address_away_and_tells_of_it() {
    numbers.save(OwnedNumbers.local(local));
    E911Address hq = registered("HQ", "3rd Ave");
    assign.assign(local, hq.id());

    OwnedNumber updated = assign.unassign(local);

    assertThat(updated.e911Id()).isEmpty();
    assertThat(carrier.numbersOf(hq.id())).isEmpty();
    assertThat(numbers.find(local).orElseThrow().e911Id()).isEmpty();
    assertThat(outbox.types()).hasSize(2).containsOnly(NumberE911Changed.class);
  }

  @Test
  void a_carrier_refusal_records_nothing() {
    E164Number tollFree = account.buy(NumberType.TOLL_FREE);
    numbers.save(OwnedNumbers.local(tollFree));
    E911Address hq = registered("HQ", "3rd Ave");

    assertThatThrownBy(() -> assign.assign(tollFree, hq.id()))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.code()).isEqualTo("number-cannot-have-e911"));
    assertThat(numbers.find(tollFree).orElseThrow().e911Id()).isEmpty();
    assertThat(outbox.events()).isEmpty();
  }

  @Test
  void a_number_or_address_we_do_not_have_is_not_found() {
    numbers.save(OwnedNumbers.local(local));
    E911Address hq = registered("HQ", "3rd Ave");

    assertThatThrownBy(() -> assign.assign(new E164Number("+12065559999"), hq.id()))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.code()).isEqualTo("number-not-found"));
    assertThatThrownBy(() -> assign.unassign(new E164Number("+12065559999")))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.code()).isEqualTo("number-not-found"));
    assertThatThrownBy(() -> assign.assign(local, "404"))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.code()).isEqualTo("e911-not-found"));
    assertThat(carrier.numbersOf(hq.id())).isEmpty();
    assertThat(outbox.events()).isEmpty();
  }

  private E911Address registered(String label, String street) {
    E911Address created = carrier.create(office(label, street));
    addresses.save(created);
    return created;
  }
}
