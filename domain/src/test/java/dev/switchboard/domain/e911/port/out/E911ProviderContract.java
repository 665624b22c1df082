package dev.switchboard.domain.e911.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.e911.AddressType;
import dev.switchboard.domain.e911.Country;
import dev.switchboard.domain.e911.E911Address;
import dev.switchboard.domain.e911.PostalAddress;
import dev.switchboard.domain.shared.ConflictException;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.NotFoundException;
import dev.switchboard.domain.shared.UpstreamException;
import dev.switchboard.domain.shared.ValidationException;
import dev.switchboard.domain.shared.port.out.CarrierContract;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What any {@link E911Provider} must do, whatever carrier is behind it. A subclass gives the
 * provider, an account that starts each test without addresses, numbers bought on it, and a way to
 * make the carrier unreachable. The carrier must place Seattle's 3rd Ave and Pike St, and must not
 * place a street called Nowhere Ln; toll-free numbers must have no emergency service.
 */
public abstract class E911ProviderContract extends CarrierContract {

  private static final String UNKNOWN_ID = "987654321";

  protected abstract E911Provider provider();

  @Test
  void validates_an_address_it_can_place_without_registering_it() {
    int before = provider().all().size();

    provider().validate(office("HQ", "3rd Ave"));

    assertThat(provider().all()).hasSize(before);
  }

  @Test
  void refuses_an_address_it_cannot_place_as_address_not_found() {
    int before = provider().all().size();

    assertThatThrownBy(() -> provider().validate(office("Lost", "Nowhere Ln")))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.code()).isEqualTo("address-not-found");
              assertThat(e.getMessage()).containsIgnoringCase("geocode");
            });
    assertThatThrownBy(() -> provider().create(office("Lost", "Nowhere Ln")))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.code()).isEqualTo("address-not-found"));
    assertThat(provider().all()).hasSize(before);
  }

  @Test
  void creates_an_address_then_gets_and_lists_it() {
    PostalAddress address = office("HQ", "3rd Ave");

    E911Address created = provider().create(address);

    assertThat(created.address()).isEqualTo(address);
    assertThat(provider().get(created.id())).isEqualTo(created);
    assertThat(provider().all()).contains(created);
  }

  @Test
  void keeps_an_address_without_a_unit_and_a_canadian_one() {
    PostalAddress noUnit = toronto("Branch");

    E911Address created = provider().create(noUnit);

    assertThat(provider().get(created.id()).address()).isEqualTo(noUnit);
  }

  @Test
  void updates_an_address_and_validates_it_again() {
    E911Address created = provider().create(office("HQ", "3rd Ave"));
    PostalAddress moved =
        new PostalAddress(
            "HQ moved",
            "Chris",
            "Smith",
            "400",
            "Pike St",
            Optional.of(AddressType.FLOOR),
            Optional.of("2"),
            "Seattle",
            "WA",
            Country.US,
            "98101");

    E911Address updated = provider().update(created.id(), created.address(), moved);

    assertThat(updated).isEqualTo(new E911Address(created.id(), moved));
    assertThat(provider().get(created.id())).isEqualTo(updated);
    assertThatThrownBy(
            () -> provider().update(created.id(), updated.address(), office("HQ", "Nowhere Ln")))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.code()).isEqualTo("address-not-found"));
    assertThat(provider().get(created.id())).isEqualTo(updated);
  }

  @Test
  void an_update_without_a_unit_removes_the_unit() {
    E911Address created = provider().create(office("HQ", "3rd Ave"));
    PostalAddress withoutUnit =
        new PostalAddress(
            "HQ",
            "Chris",
            "Smith",
            "1182",
            "3rd Ave",
            Optional.empty(),
            Optional.empty(),
            "Seattle",
            "WA",
            Country.US,
            "98101");

    E911Address updated = provider().update(created.id(), created.address(), withoutUnit);

    assertThat(updated.address()).isEqualTo(withoutUnit);
    assertThat(provider().get(created.id()).address()).isEqualTo(withoutUnit);
  }

  @Test
  void deletes_an_address() {
    E911Address created = provider().create(office("HQ", "3rd Ave"));

    provider().delete(created.id());

    assertThat(provider().all()).extracting(E911Address::id).doesNotContain(created.id());
    assertThatThrownBy(() -> provider().get(created.id()))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.code()).isEqualTo("e911-not-found"));
  }

  @Test
  void refuses_the_same_address_twice() {
    provider().create(office("HQ", "3rd Ave"));

    assertThatThrownBy(() -> provider().create(office("HQ", "3rd Ave")))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("duplicate-address"));
  }

  @Test
  void assigns_an_address_to_a_local_number_and_lists_the_number_under_it() {
    E164Number number = aPurchasedLocalNumber();
    E911Address address = provider().create(office("HQ", "3rd Ave"));

    provider().assign(number, address.id());
    provider().assign(number, address.id());

    assertThat(provider().numbersOf(address.id())).containsExactly(number);
  }

  @Test
  void moves_a_number_to_another_address() {
    E164Number number = aPurchasedLocalNumber();
    E911Address first = provider().create(office("HQ", "3rd Ave"));
    E911Address second = provider().create(office("Shop", "Pike St"));

    provider().assign(number, first.id());
    provider().assign(number, second.id());

    assertThat(provider().numbersOf(first.id())).doesNotContain(number);
    assertThat(provider().numbersOf(second.id())).containsExactly(number);
  }

  @Test
  void removes_the_address_of_a_number() {
    E164Number number = aPurchasedLocalNumber();
    E911Address address = provider().create(office("HQ", "3rd Ave"));
    provider().assign(number, address.id());

    provider().unassign(number);

    assertThat(provider().numbersOf(address.id())).isEmpty();
  }

  @Test
  void refuses_to_delete_an_address_a_number_still_uses() {
    E164Number number = aPurchasedLocalNumber();
    E911Address address = provider().create(office("HQ", "3rd Ave"));
    provider().assign(number, address.id());

    assertThatThrownBy(() -> provider().delete(address.id()))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("e911-in-use"));
    assertThat(provider().get(address.id())).isEqualTo(address);
  }

  @Test
  void refuses_an_address_on_a_number_without_emergency_service() {
    E164Number tollFree = aPurchasedTollFreeNumber();
    E911Address address = provider().create(office("HQ", "3rd Ave"));

    assertThatThrownBy(() -> provider().assign(tollFree, address.id()))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.code()).isEqualTo("number-cannot-have-e911");
              assertThat(e.getMessage()).containsIgnoringCase("emergency");
            });
    assertThat(provider().numbersOf(address.id())).isEmpty();
  }

  @Test
  void an_unknown_address_is_not_found() {
    E164Number number = aPurchasedLocalNumber();

    assertThatThrownBy(() -> provider().get(UNKNOWN_ID))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.code()).isEqualTo("e911-not-found"));
    assertThatThrownBy(() -> provider().delete(UNKNOWN_ID))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.code()).isEqualTo("e911-not-found"));
    assertThatThrownBy(
            () -> provider().update(UNKNOWN_ID, office("HQ", "Pike St"), office("HQ", "3rd Ave")))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.code()).isEqualTo("e911-not-found"));
    assertThatThrownBy(() -> provider().assign(number, UNKNOWN_ID))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.code()).isEqualTo("e911-not-found"));
  }

  @Test
  void a_number_not_on_the_account_is_not_found() {
    E911Address address = provider().create(office("HQ", "3rd Ave"));
    E164Number notOurs = new E164Number("+12065559876");

    assertThatThrownBy(() -> provider().assign(notOurs, address.id()))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.code()).isEqualTo("number-not-found"));
  }

  @Test
  void a_carrier_that_is_down_is_unavailable() {
    carrierDown(true);

    assertThatThrownBy(() -> provider().all())
        .isInstanceOfSatisfying(
            UpstreamException.class,
            e -> assertThat(e.kind()).isEqualTo(UpstreamException.Kind.UNAVAILABLE));
    assertThatThrownBy(() -> provider().create(office("HQ", "3rd Ave")))
        .isInstanceOfSatisfying(
            UpstreamException.class,
            e -> assertThat(e.kind()).isEqualTo(UpstreamException.Kind.UNAVAILABLE));
  }

  /** A Toronto office without a unit: a Canadian address. */
  public static PostalAddress toronto(String label) {
    return new PostalAddress(
        label,
        "Jo",
        "Ng",
        "100",
        "Yonge St",
        Optional.empty(),
        Optional.empty(),
        "Toronto",
        "ON",
        Country.CA,
        "M5E 1E6");
  }

  /** A Seattle office with a suite, on a street the carrier can place or not. */
  public static PostalAddress office(String label, String streetName) {
    return new PostalAddress(
        label,
        "Chris",
        "Smith",
        "1182",
        streetName,
        Optional.of(AddressType.SUITE),
        Optional.of("100"),
        "Seattle",
        "WA",
        Country.US,
        "98101");
  }
}
