package dev.switchboard.domain.cnam.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.cnam.CallerName;
import dev.switchboard.domain.cnam.CnamFilter;
import dev.switchboard.domain.cnam.CnamRecord;
import dev.switchboard.domain.cnam.CnamStatus;
import dev.switchboard.domain.cnam.port.out.InMemoryCnamInventory;
import dev.switchboard.domain.cnam.port.out.InMemoryCnamProvider;
import dev.switchboard.domain.numbers.OwnedNumbers;
import dev.switchboard.domain.numbers.port.out.InMemoryNumberInventory;
import dev.switchboard.domain.shared.ConflictException;
import dev.switchboard.domain.shared.NotFoundException;
import dev.switchboard.domain.shared.UpstreamException;
import dev.switchboard.domain.shared.port.out.DirectUnitOfWork;
import dev.switchboard.domain.shared.port.out.FakeCarrierAccount;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Caller names registered, changed and removed at the carrier with the record kept in step. */
class ManageCallerNamesTest {

  private final FakeCarrierAccount account = new FakeCarrierAccount();
  private final InMemoryCnamProvider carrier = new InMemoryCnamProvider(account);
  private final InMemoryCnamInventory names = new InMemoryCnamInventory();
  private final InMemoryNumberInventory numbers = new InMemoryNumberInventory();
  private final ManageCallerNames manage =
      new ManageCallerNames(carrier, names, numbers, new DirectUnitOfWork());

  @Test
  void registers_a_name_at_the_carrier_and_records_it_pending_review() {
    CnamRecord created = manage.create(new CallerName("ACME"));

    assertThat(created.status()).isEqualTo(CnamStatus.PENDING);
    assertThat(carrier.all()).containsExactly(created);
    assertThat(names.find(created.id())).contains(created);
    assertThat(manage.get(created.id())).isEqualTo(created);
  }

  @Test
  void refuses_a_value_the_account_already_has_whatever_its_case_before_asking_the_carrier() {
    CnamRecord first = manage.create(new CallerName("ACME"));

    assertThatThrownBy(() -> manage.create(new CallerName("acme")))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("duplicate-caller-name"));
    assertThat(carrier.all()).containsExactly(first);
    assertThat(names.all()).containsExactly(first);
  }

  @Test
  void changes_a_pending_name_at_the_carrier_and_in_the_record() {
    CnamRecord created = manage.create(new CallerName("ACME"));

    CnamRecord updated = manage.update(created.id(), new CallerName("ACME INC"));

    assertThat(updated.name()).isEqualTo(new CallerName("ACME INC"));
    assertThat(carrier.get(created.id()).name()).isEqualTo(new CallerName("ACME INC"));
    assertThat(names.find(created.id())).contains(updated);
  }

  @Test
  void a_name_may_keep_its_own_value_when_it_changes() {
    CnamRecord created = manage.create(new CallerName("ACME"));

    assertThat(manage.update(created.id(), new CallerName("Acme")).name().value())
        .isEqualTo("Acme");
  }

  @Test
  void refuses_to_change_a_reviewed_name_or_to_take_another_names_value() {
    CnamRecord acme = manage.create(new CallerName("ACME"));
    CnamRecord bolt = manage.create(new CallerName("BOLT"));
    carrier.approve(acme.id());
    names.save(carrier.get(acme.id()));

    assertThatThrownBy(() -> manage.update(acme.id(), new CallerName("ACME INC")))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.code()).isEqualTo("caller-name-not-pending"));
    assertThatThrownBy(() -> manage.update(bolt.id(), new CallerName("acme")))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("duplicate-caller-name"));
    assertThat(carrier.get(acme.id()).name()).isEqualTo(new CallerName("ACME"));
    assertThat(carrier.get(bolt.id()).name()).isEqualTo(new CallerName("BOLT"));
  }

  @Test
  void deletes_a_name_no_number_shows_at_the_carrier_and_from_the_record() {
    CnamRecord created = manage.create(new CallerName("ACME"));

    manage.delete(created.id());

    assertThat(carrier.all()).isEmpty();
    assertThat(names.find(created.id())).isEmpty();
  }

  @Test
  void keeps_a_name_a_number_still_shows() {
    CnamRecord created = manage.create(new CallerName("ACME"));
    numbers.save(OwnedNumbers.local("+12065550100").withCnam(Optional.of(created.id())));

    assertThatThrownBy(() -> manage.delete(created.id()))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("caller-name-in-use"));
    assertThat(carrier.all()).containsExactly(created);
    assertThat(names.find(created.id())).contains(created);
  }

  @Test
  void a_name_not_in_the_record_is_not_found() {
    for (Runnable call :
        new Runnable[] {
          () -> manage.get("404"),
          () -> manage.update("404", new CallerName("ACME")),
          () -> manage.delete("404")
        }) {
      assertThatThrownBy(call::run)
          .isInstanceOfSatisfying(
              NotFoundException.class,
              e -> assertThat(e.code()).isEqualTo("caller-name-not-found"));
    }
  }

  @Test
  void records_nothing_when_the_carrier_is_down() {
    account.setDown(true);

    assertThatThrownBy(() -> manage.create(new CallerName("ACME")))
        .isInstanceOf(UpstreamException.class);
    assertThat(names.all()).isEmpty();
  }

  @Test
  void lists_from_the_record_without_the_carrier() {
    CnamRecord acme = manage.create(new CallerName("ACME"));
    manage.create(new CallerName("BOLT"));
    account.setDown(true);

    assertThat(
            manage
                .list(new CnamFilter(Optional.empty(), Optional.of("ac"), Optional.empty(), 10))
                .items())
        .containsExactly(acme);
  }
}
