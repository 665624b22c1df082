package dev.switchboard.domain.e911.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.e911.AddressType;
import dev.switchboard.domain.e911.Country;
import dev.switchboard.domain.e911.E911Address;
import dev.switchboard.domain.e911.E911Filter;
import dev.switchboard.domain.e911.PostalAddress;
import dev.switchboard.domain.shared.Page;
import dev.switchboard.domain.shared.ValidationException;
import dev.switchboard.domain.shared.port.out.StoreContract;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every {@link E911Inventory} must do: keep an address whole, replace it by id, forget it, and
 * list in numeric id order with its filters (label, street and city contain, state exact) and the
 * keyset cursor.
 */
public abstract class E911InventoryContract extends StoreContract {

  protected abstract E911Inventory inventory();

  @Test
  void keeps_every_field_of_an_address_and_replaces_it_by_id() {
    E911Address withUnit = address("7", "Seattle office", "3rd Ave", "Seattle", "WA");
    write(() -> inventory().save(withUnit));
    assertThat(inventory().find("7")).contains(withUnit);

    E911Address moved = new E911Address("7", E911ProviderContract.toronto("Moved"));
    write(() -> inventory().save(moved));

    assertThat(inventory().find("7")).contains(moved);
    assertThat(inventory().all()).containsExactly(moved);
  }

  @Test
  void forgets_a_removed_address() {
    write(() -> inventory().save(address("7", "HQ", "3rd Ave", "Seattle", "WA")));

    write(() -> inventory().remove("7"));

    assertThat(inventory().find("7")).isEmpty();
    assertThat(inventory().all()).isEmpty();
  }

  @Test
  void lists_in_numeric_id_order_page_after_page() {
    for (String id : new String[] {"10", "9", "100", "2"}) {
      write(() -> inventory().save(address(id, "Site " + id, "3rd Ave", "Seattle", "WA")));
    }

    Page<E911Address> first = inventory().list(filter(null, null, null, null, null, 3));
    assertThat(first.items()).extracting(E911Address::id).containsExactly("2", "9", "10");
    assertThat(first.hasMore()).isTrue();
    Page<E911Address> second = inventory().list(filter(null, null, null, null, "10", 3));
    assertThat(second.items()).extracting(E911Address::id).containsExactly("100");
    assertThat(second.hasMore()).isFalse();
    assertThat(inventory().all())
        .extracting(E911Address::id)
        .containsExactly("2", "9", "10", "100");
  }

  @Test
  void filters_on_parts_of_label_street_and_city_and_on_the_exact_state() {
    write(() -> inventory().save(address("1", "Seattle HQ", "3rd Ave", "Seattle", "WA")));
    write(() -> inventory().save(address("2", "Shop", "Pike St", "Seattle", "WA")));
    write(() -> inventory().save(address("3", "Depot", "Main St", "Portland", "OR")));

    assertThat(ids(filter("hq", null, null, null, null, 10))).containsExactly("1");
    assertThat(ids(filter(null, "ST", null, null, null, 10))).containsExactly("2", "3");
    assertThat(ids(filter(null, null, "seat", null, null, 10))).containsExactly("1", "2");
    assertThat(ids(filter(null, null, null, "or", null, 10))).containsExactly("3");
    assertThat(ids(filter(null, null, null, "O", null, 10))).as("the state is exact").isEmpty();
    assertThat(ids(filter(null, "st", "seattle", null, null, 10))).containsExactly("2");
    assertThat(ids(filter("_", null, null, null, null, 10)))
        .as("a wildcard is matched as itself")
        .isEmpty();
  }

  @Test
  void refuses_a_cursor_that_is_not_an_id() {
    assertThatThrownBy(() -> inventory().list(filter(null, null, null, null, "x", 10)))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.code()).isEqualTo("invalid-cursor"));
  }

  private java.util.List<String> ids(E911Filter filter) {
    return inventory().list(filter).items().stream().map(E911Address::id).toList();
  }

  private static E911Filter filter(
      String label, String street, String city, String state, String after, int limit) {
    return new E911Filter(
        Optional.ofNullable(label),
        Optional.ofNullable(street),
        Optional.ofNullable(city),
        Optional.ofNullable(state),
        Optional.ofNullable(after),
        limit);
  }

  protected static E911Address address(
      String id, String label, String street, String city, String state) {
    return new E911Address(
        id,
        new PostalAddress(
            label,
            "Chris",
            "Smith",
            "1182",
            street,
            Optional.of(AddressType.SUITE),
            Optional.of("100"),
            city,
            state,
            Country.US,
            "98101"));
  }
}
