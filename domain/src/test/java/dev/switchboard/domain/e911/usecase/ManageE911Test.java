package dev.switchboard.domain.e911.usecase;

import static dev.switchboard.domain.e911.port.out.E911ProviderContract.office;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.e911.E911Address;
import dev.switchboard.domain.e911.E911Filter;
import dev.switchboard.domain.e911.port.out.InMemoryE911Inventory;
import dev.switchboard.domain.e911.port.out.InMemoryE911Provider;
import dev.switchboard.domain.numbers.OwnedNumbers;
import dev.switchboard.domain.numbers.port.out.InMemoryNumberInventory;
import dev.switchboard.domain.shared.ConflictException;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.NotFoundException;
import dev.switchboard.domain.shared.ValidationException;
import dev.switchboard.domain.shared.port.out.DirectUnitOfWork;
import dev.switchboard.domain.shared.port.out.FakeCarrierAccount;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Emergency addresses validated, registered, changed and removed with the record kept in step. */
class ManageE911Test {

  private final FakeCarrierAccount account = new FakeCarrierAccount();
  private final InMemoryE911Provider carrier = new InMemoryE911Provider(account);
  private final InMemoryE911Inventory addresses = new InMemoryE911Inventory();
  private final InMemoryNumberInventory numbers = new InMemoryNumberInventory();
  private final ManageE911 manage =
      new ManageE911(carrier, addresses, numbers, new DirectUnitOfWork());

  @Test
  void registers_an_address_at_the_carrier_and_records_it() {
    E911Address created = manage.create(office("HQ", "3rd Ave"));

    assertThat(carrier.all()).containsExactly(created);
    assertThat(addresses.find(created.id())).contains(created);
    assertThat(manage.get(created.id())).isEqualTo(created);
  }

  @Test
  void an_address_the_carrier_cannot_place_is_refused_and_not_recorded() {
    assertThatThrownBy(() -> manage.validate(office("Lost", "Nowhere Ln")))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.code()).isEqualTo("address-not-found"));
    assertThatThrownBy(() -> manage.create(office("Lost", "Nowhere Ln")))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.code()).isEqualTo("address-not-found"));
    assertThat(addresses.all()).isEmpty();
  }

  @Test
  void changes_an_address_at_the_carrier_and_in_the_record() {
    E911Address created = manage.create(office("HQ", "3rd Ave"));

    E911Address moved = manage.update(created.id(), office("HQ", "Pike St"));

    assertThat(moved).isEqualTo(new E911Address(created.id(), office("HQ", "Pike St")));
    assertThat(carrier.get(created.id())).isEqualTo(moved);
    assertThat(addresses.find(created.id())).contains(moved);
  }

  @Test
  void a_refused_change_leaves_the_record_as_it_was() {
    E911Address created = manage.create(office("HQ", "3rd Ave"));

    assertThatThrownBy(() -> manage.update(created.id(), office("HQ", "Nowhere Ln")))
        .isInstanceOf(ValidationException.class);
    assertThat(addresses.find(created.id())).contains(created);
  }

  @Test
  void deletes_an_address_no_number_has() {
    E911Address created = manage.create(office("HQ", "3rd Ave"));

    manage.delete(created.id());

    assertThat(carrier.all()).isEmpty();
    assertThat(addresses.find(created.id())).isEmpty();
  }

  @Test
  void keeps_an_address_a_number_still_has_and_names_the_number() {
    E911Address created = manage.create(office("HQ", "3rd Ave"));
    numbers.save(OwnedNumbers.local("+12065550100").withE911(Optional.of(created.id())));

    assertThatThrownBy(() -> manage.delete(created.id()))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> {
              assertThat(e.code()).isEqualTo("e911-in-use");
              assertThat(e.getMessage()).contains("+12065550100");
            });
    assertThat(carrier.all()).containsExactly(created);
    assertThat(addresses.find(created.id())).contains(created);
  }

  @Test
  void tells_which_numbers_have_an_address_from_the_record() {
    E911Address created = manage.create(office("HQ", "3rd Ave"));
    numbers.save(OwnedNumbers.local("+12065550101").withE911(Optional.of(created.id())));
    numbers.save(OwnedNumbers.local("+12065550100").withE911(Optional.of(created.id())));
    numbers.save(OwnedNumbers.local("+12065550102"));

    assertThat(manage.numbersUsing(created.id()))
        .containsExactly(new E164Number("+12065550100"), new E164Number("+12065550101"));
  }

  @Test
  void an_address_not_in_the_record_is_not_found() {
    for (Runnable call :
        new Runnable[] {
          () -> manage.get("404"),
          () -> manage.update("404", office("HQ", "3rd Ave")),
          () -> manage.delete("404"),
          () -> manage.numbersUsing("404")
        }) {
      assertThatThrownBy(call::run)
          .isInstanceOfSatisfying(
              NotFoundException.class, e -> assertThat(e.code()).isEqualTo("e911-not-found"));
    }
  }

  @Test
  void lists_from_the_record_without_the_carrier() {
    E911Address hq = manage.create(office("HQ", "3rd Ave"));
    manage.create(office("Shop", "Pike St"));
    account.setDown(true);

    assertThat(
            manage
                .list(
                    new E911Filter(
                        Optional.of("hq"),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        10))
                .items())
        .containsExactly(hq);
  }
}
