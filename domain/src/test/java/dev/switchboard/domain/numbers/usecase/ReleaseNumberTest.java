package dev.switchboard.domain.numbers.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.events.port.out.RecordingOutbox;
import dev.switchboard.domain.numbers.OwnedNumbers;
import dev.switchboard.domain.numbers.event.NumberEvents;
import dev.switchboard.domain.numbers.event.NumberReleased;
import dev.switchboard.domain.numbers.port.out.InMemoryNumberInventory;
import dev.switchboard.domain.numbers.port.out.InMemoryNumberProvider;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.NotFoundException;
import dev.switchboard.domain.shared.UpstreamException;
import dev.switchboard.domain.shared.port.out.DirectUnitOfWork;
import dev.switchboard.domain.shared.port.out.FakeCarrierAccount;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A number given back to the carrier, then forgotten and told of. */
class ReleaseNumberTest {

  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

  private final FakeCarrierAccount account = new FakeCarrierAccount();
  private final InMemoryNumberProvider carrier = new InMemoryNumberProvider(account);
  private final InMemoryNumberInventory numbers = new InMemoryNumberInventory();
  private final RecordingOutbox outbox = new RecordingOutbox();
  private final DirectUnitOfWork unitOfWork = new DirectUnitOfWork();
  private final ReleaseNumber release =
      new ReleaseNumber(
          carrier,
          numbers,
          outbox,
          new NumberEvents(UUID::randomUUID),
          unitOfWork,
          Clock.fixed(NOW, ZoneOffset.UTC));

  private final E164Number number = new E164Number("+12065550100");

  @Test
  void gives_the_number_back_forgets_it_and_tells_of_it_in_one_transaction() {
    carrier.purchase(number, false, false);
    numbers.save(OwnedNumbers.local(number));

    release.release(number);

    assertThat(carrier.has(number)).isFalse();
    assertThat(account.owns(number)).isFalse();
    assertThat(numbers.find(number)).isEmpty();
    assertThat(outbox.types()).containsExactly(NumberReleased.class);
    assertThat(outbox.events().get(0).key()).isEqualTo(number.value());
    assertThat(outbox.events().get(0).time()).isEqualTo(NOW);
    assertThat(unitOfWork.transactions()).isEqualTo(1);
  }

  @Test
  void a_number_the_carrier_does_not_have_is_not_found_and_stays_in_the_record() {
    numbers.save(OwnedNumbers.local(number));

    assertThatThrownBy(() -> release.release(number))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.code()).isEqualTo("number-not-found"));
    assertThat(numbers.find(number)).isPresent();
    assertThat(outbox.types()).isEmpty();
  }

  @Test
  void keeps_the_number_when_the_carrier_is_down() {
    carrier.purchase(number, false, false);
    numbers.save(OwnedNumbers.local(number));
    account.setDown(true);

    assertThatThrownBy(() -> release.release(number)).isInstanceOf(UpstreamException.class);
    assertThat(numbers.find(number)).isPresent();
    assertThat(outbox.types()).isEmpty();
    assertThat(unitOfWork.transactions()).isZero();
  }
}
