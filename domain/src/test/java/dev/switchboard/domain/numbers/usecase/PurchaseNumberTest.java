package dev.switchboard.domain.numbers.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.events.DomainEvent;
import dev.switchboard.domain.numbers.CallbackKind;
import dev.switchboard.domain.numbers.MessagingSource;
import dev.switchboard.domain.numbers.NumberEvents;
import dev.switchboard.domain.numbers.NumberType;
import dev.switchboard.domain.numbers.NumberUpdate;
import dev.switchboard.domain.numbers.OwnedNumber;
import dev.switchboard.domain.numbers.ProviderResult;
import dev.switchboard.domain.numbers.port.out.InMemoryNumberInventory;
import dev.switchboard.domain.numbers.port.out.NumberProvider;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.NotFoundException;
import dev.switchboard.domain.shared.port.out.TimeOrderedIds;
import dev.switchboard.domain.shared.port.out.UnitOfWork;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Buying a number: once only, recorded and told in one transaction. */
class PurchaseNumberTest {

  private static final E164Number NUMBER = new E164Number("+12065550100");
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

  private final List<String> carrierCalls = new ArrayList<>();
  private final List<DomainEvent> outbox = new ArrayList<>();
  private final InMemoryNumberInventory inventory = new InMemoryNumberInventory();
  private final UnitOfWork unitOfWork =
      new UnitOfWork() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
          return work.get();
        }
      };
  private final PurchaseNumber purchase =
      new PurchaseNumber(
          new Carrier(),
          inventory,
          outbox::add,
          new NumberEvents(new TimeOrderedIds(CLOCK)),
          unitOfWork,
          CLOCK);

  @Test
  void a_new_number_is_bought_then_recorded_and_told() {
    PurchaseNumber.Outcome outcome = purchase.purchase(NUMBER, false, true);

    assertThat(outcome.alreadyOurs()).isFalse();
    assertThat(carrierCalls).containsExactly("purchase " + NUMBER);
    assertThat(inventory.find(NUMBER)).contains(outcome.result().number());
    assertThat(outbox).extracting(DomainEvent::type).containsExactly(NumberEvents.PURCHASED);
  }

  @Test
  void a_number_already_ours_is_returned_as_it_is_and_not_bought_again() {
    OwnedNumber ours = owned("Front desk");
    inventory.save(ours);

    PurchaseNumber.Outcome outcome = purchase.purchase(NUMBER, true, false);

    assertThat(outcome.alreadyOurs()).isTrue();
    assertThat(outcome.result().number()).isEqualTo(ours);
    assertThat(outcome.result().partialFailure()).isEmpty();
    assertThat(carrierCalls).isEmpty();
    assertThat(outbox).isEmpty();
  }

  @Test
  void a_number_not_on_the_account_is_not_found() {
    assertThatThrownBy(() -> inventory.require(NUMBER))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.code()).isEqualTo("number-not-found"));
  }

  private static OwnedNumber owned(String alias) {
    return new OwnedNumber(
        NUMBER,
        NumberType.LOCAL,
        alias,
        false,
        true,
        MessagingSource.REQUESTED,
        "seattle",
        "wa",
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Map.of());
  }

  /** A carrier that sells any number and records what it was asked. */
  private final class Carrier implements NumberProvider {
    @Override
    public ProviderResult purchase(E164Number number, boolean cnamLookups, boolean messaging) {
      carrierCalls.add("purchase " + number);
      return new ProviderResult(owned(null), Optional.empty());
    }

    @Override
    public void release(E164Number number) {
      carrierCalls.add("release " + number);
    }

    @Override
    public ProviderResult update(E164Number number, NumberUpdate update) {
      throw new UnsupportedOperationException();
    }

    @Override
    public OwnedNumber details(E164Number number) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<E164Number> allNumbers() {
      throw new UnsupportedOperationException();
    }

    @Override
    public void setCallback(E164Number number, CallbackKind kind, String url) {
      throw new UnsupportedOperationException();
    }
  }
}
