package dev.switchboard.persistence.e911;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.e911.AddressType;
import dev.switchboard.domain.e911.Country;
import dev.switchboard.domain.e911.E911Address;
import dev.switchboard.domain.e911.E911Filter;
import dev.switchboard.domain.e911.PostalAddress;
import dev.switchboard.domain.shared.Page;
import dev.switchboard.domain.shared.port.out.RegistryInventory;
import dev.switchboard.persistence.PostgresResource;
import dev.switchboard.persistence.common.RegistryInventoryContract;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The inventory of our E911 addresses: saving, replacing, removing, filtering and paging. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
class PanacheE911InventoryTest extends RegistryInventoryContract<E911Address, E911Filter> {

  @Inject PanacheE911Inventory inventory;
  @Inject AgroalDataSource dataSource;

  @Override
  protected RegistryInventory<E911Address, E911Filter> inventory() {
    return inventory;
  }

  @Override
  protected E911Address record(String id) {
    return address(id, "label " + id, "Pike St", "Seattle", "WA");
  }

  @Override
  protected String idOf(E911Address address) {
    return address.id();
  }

  @Override
  protected E911Filter everything(Optional<String> after, int limit) {
    return filter().after(after).limit(limit).build();
  }

  @Test
  void reads_back_every_field_of_an_address_with_a_unit() {
    E911Address withUnit =
        new E911Address(
            "7001",
            new PostalAddress(
                "Seattle office",
                "Ada",
                "Lovelace",
                "1218",
                "3rd Ave",
                Optional.of(AddressType.SUITE),
                Optional.of("1400"),
                "Seattle",
                "WA",
                Country.US,
                "98101"));

    save(withUnit);

    assertThat(inventory.find("7001")).contains(withUnit);
  }

  @Test
  void reads_back_an_address_without_a_unit() {
    E911Address noUnit = address("7002", "Warehouse", "Pike St", "Tacoma", "WA");

    save(noUnit);

    E911Address read = inventory.find("7002").orElseThrow();
    assertThat(read).isEqualTo(noUnit);
    assertThat(read.address().addressType()).isEmpty();
    assertThat(read.address().addressTypeNumber()).isEmpty();
  }

  @Test
  void reads_back_a_canadian_address() {
    E911Address canadian =
        new E911Address(
            "7003",
            new PostalAddress(
                "Toronto office",
                "Grace",
                "Hopper",
                "100",
                "Queen St W",
                Optional.of(AddressType.FLOOR),
                Optional.of("2"),
                "Toronto",
                "ON",
                Country.CA,
                "M5H 2N2"));

    save(canadian);

    E911Address read = inventory.find("7003").orElseThrow();
    assertThat(read).isEqualTo(canadian);
    assertThat(read.address().country()).isEqualTo(Country.CA);
    assertThat(read.address().zip()).isEqualTo("M5H 2N2");
  }

  @Test
  void replaces_every_field_when_an_address_is_saved_again() throws Exception {
    save(
        new E911Address(
            "7001",
            new PostalAddress(
                "old",
                "Ada",
                "Lovelace",
                "1218",
                "3rd Ave",
                Optional.of(AddressType.SUITE),
                Optional.of("1400"),
                "Seattle",
                "WA",
                Country.US,
                "98101")));
    E911Address moved =
        new E911Address(
            "7001",
            new PostalAddress(
                "new",
                "Grace",
                "Hopper",
                "100",
                "Queen St W",
                Optional.empty(),
                Optional.empty(),
                "Toronto",
                "ON",
                Country.CA,
                "M5H2N2"));

    save(moved);

    assertThat(inventory.find("7001")).contains(moved);
    assertThat(rowCount()).isEqualTo(1);
  }

  @Test
  void filters_by_a_part_of_the_label_whatever_its_case() {
    saveCatalogue();

    assertThat(listed(filter().label("OFFICE"))).containsExactly("1", "3");
    assertThat(listed(filter().label("seattle off"))).containsExactly("1");
    assertThat(listed(filter().label("garage"))).isEmpty();
  }

  @Test
  void filters_by_a_part_of_the_street_name_whatever_its_case() {
    saveCatalogue();

    assertThat(listed(filter().streetName("pike"))).containsExactly("1", "2");
    assertThat(listed(filter().streetName("QUEEN"))).containsExactly("3");
    assertThat(listed(filter().streetName("Elm"))).isEmpty();
  }

  @Test
  void filters_by_a_part_of_the_city_whatever_its_case() {
    saveCatalogue();

    assertThat(listed(filter().city("sea"))).containsExactly("1", "4");
    assertThat(listed(filter().city("ORONT"))).containsExactly("3");
    assertThat(listed(filter().city("Portland"))).isEmpty();
  }

  @Test
  void filters_by_the_exact_state_whatever_its_case() {
    saveCatalogue();

    assertThat(listed(filter().state("wa"))).containsExactly("1", "2", "4");
    assertThat(listed(filter().state("ON"))).containsExactly("3");
    // Exact, not "contains".
    assertThat(listed(filter().state("W"))).isEmpty();
  }

  @Test
  void takes_like_wildcards_in_a_filter_literally() {
    saveCatalogue();
    save(address("5", "100% remote_desk", "Pike St", "Seattle", "WA"));

    assertThat(listed(filter().label("%"))).containsExactly("5");
    assertThat(listed(filter().label("_"))).containsExactly("5");
    assertThat(listed(filter().label("e_d"))).containsExactly("5");
    assertThat(listed(filter().label("o%f"))).isEmpty();
  }

  @Test
  void applies_every_filter_given_together() {
    saveCatalogue();

    assertThat(listed(filter().streetName("pike").city("seattle"))).containsExactly("1");
    assertThat(listed(filter().label("office").state("wa"))).containsExactly("1");
    assertThat(listed(filter().label("office").state("wa").city("tacoma"))).isEmpty();
  }

  @Test
  void pages_through_a_filtered_listing_without_gaps_or_repeats() {
    for (String id : List.of("9", "10", "100", "50", "1000")) {
      save(address(id, "label", "Pike St", id.equals("50") ? "Tacoma" : "Seattle", "WA"));
    }

    Page<E911Address> first = inventory.list(filter().city("seattle").limit(2).build());
    Page<E911Address> second =
        inventory.list(
            filter()
                .city("seattle")
                .after(Optional.of(first.items().get(1).id()))
                .limit(2)
                .build());
    Page<E911Address> last =
        inventory.list(
            filter()
                .city("seattle")
                .after(Optional.of(second.items().get(1).id()))
                .limit(2)
                .build());

    assertThat(first.items()).extracting(E911Address::id).containsExactly("9", "10");
    assertThat(first.hasMore()).isTrue();
    assertThat(second.items()).extracting(E911Address::id).containsExactly("100", "1000");
    assertThat(second.hasMore()).isFalse();
    assertThat(last.items()).isEmpty();
    assertThat(last.hasMore()).isFalse();
  }

  @Test
  void refuses_in_the_table_a_unit_type_without_its_number() {
    assertThatThrownBy(
            () ->
                execute(
                    "INSERT INTO e911_addresses (id, label, first_name, last_name, street_number,"
                        + " street_name, address_type, city, state, country, zip) VALUES ('1',"
                        + " 'l', 'f', 'l', '1', 's', 'SUITE', 'c', 'WA', 'US', '98101')"))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("e911_addresses_unit_check");
  }

  /**
   * Four addresses: 1 "Seattle office" on Pike St, Seattle WA; 2 "Warehouse" on Pike Pl, Tacoma WA;
   * 3 "Toronto Office" on Queen St W, Toronto ON; 4 "Lab" on 3rd Ave, Seattle WA.
   */
  private void saveCatalogue() {
    save(address("4", "Lab", "3rd Ave", "Seattle", "WA"));
    save(address("3", "Toronto Office", "Queen St W", "Toronto", "ON"));
    save(address("2", "Warehouse", "Pike Pl", "Tacoma", "WA"));
    save(address("1", "Seattle office", "Pike St", "Seattle", "WA"));
  }

  private List<String> listed(FilterBuilder filter) {
    return inventory.list(filter.build()).items().stream().map(E911Address::id).toList();
  }

  private int rowCount() throws Exception {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM e911_addresses")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private void execute(String sql) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  /** An address without a unit; Canadian when the state is a province. */
  private static E911Address address(
      String id, String label, String streetName, String city, String state) {
    boolean canadian = state.equals("ON");
    return new E911Address(
        id,
        new PostalAddress(
            label,
            "Ada",
            "Lovelace",
            "1218",
            streetName,
            Optional.empty(),
            Optional.empty(),
            city,
            state,
            canadian ? Country.CA : Country.US,
            canadian ? "M5H 2N2" : "98101"));
  }

  private static FilterBuilder filter() {
    return new FilterBuilder();
  }

  /** Builds an {@link E911Filter}; nothing set is no filter, at most 50 a page. */
  private static final class FilterBuilder {
    private Optional<String> label = Optional.empty();
    private Optional<String> streetName = Optional.empty();
    private Optional<String> city = Optional.empty();
    private Optional<String> state = Optional.empty();
    private Optional<String> after = Optional.empty();
    private int limit = 50;

    FilterBuilder label(String value) {
      label = Optional.of(value);
      return this;
    }

    FilterBuilder streetName(String value) {
      streetName = Optional.of(value);
      return this;
    }

    FilterBuilder city(String value) {
      city = Optional.of(value);
      return this;
    }

    FilterBuilder state(String value) {
      state = Optional.of(value);
      return this;
    }

    FilterBuilder after(Optional<String> value) {
      after = value;
      return this;
    }

    FilterBuilder limit(int value) {
      limit = value;
      return this;
    }

    E911Filter build() {
      return new E911Filter(label, streetName, city, state, after, limit);
    }
  }
}
