package dev.switchboard.domain.numbers.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.cnam.CallerName;
import dev.switchboard.domain.cnam.CnamRecord;
import dev.switchboard.domain.cnam.CnamStatus;
import dev.switchboard.domain.cnam.port.out.InMemoryCnamInventory;
import dev.switchboard.domain.e911.E911Address;
import dev.switchboard.domain.e911.PostalAddress;
import dev.switchboard.domain.e911.port.out.E911ProviderContract;
import dev.switchboard.domain.e911.port.out.InMemoryE911Inventory;
import dev.switchboard.domain.numbers.NumberFilter;
import dev.switchboard.domain.numbers.NumberView;
import dev.switchboard.domain.numbers.OwnedNumber;
import dev.switchboard.domain.numbers.OwnedNumbers;
import dev.switchboard.domain.numbers.port.out.InMemoryNumberInventory;
import dev.switchboard.domain.routes.Route;
import dev.switchboard.domain.routes.RouteId;
import dev.switchboard.domain.routes.RouteType;
import dev.switchboard.domain.routes.port.out.InMemoryRouteInventory;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.NotFoundException;
import dev.switchboard.domain.shared.Page;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Our numbers read from the inventory alone, with what they point at resolved. */
class ReadNumbersTest {

  private final InMemoryNumberInventory numbers = new InMemoryNumberInventory();
  private final InMemoryRouteInventory routes = new InMemoryRouteInventory();
  private final InMemoryE911Inventory addresses = new InMemoryE911Inventory();
  private final InMemoryCnamInventory callerNames = new InMemoryCnamInventory();
  private final ReadNumbers read = new ReadNumbers(numbers, routes, addresses, callerNames);

  @Test
  void a_number_comes_with_its_routes_address_and_caller_name() {
    Route office = new Route(new RouteId("11"), RouteType.HOST, "pbx.example.com", "office", null);
    routes.save(office);
    E911Address address = new E911Address("7", address());
    addresses.save(address);
    CnamRecord name =
        new CnamRecord(
            "9", new CallerName("ACME"), CnamStatus.APPROVED, null, Optional.empty(), null);
    callerNames.save(name);
    OwnedNumber number =
        OwnedNumbers.local("+12065550100")
            .withRoutes(Optional.of(RouteId.SIP_REG), Optional.of(office.id()))
            .withE911(Optional.of("7"))
            .withCnam(Optional.of("9"));
    numbers.save(number);

    NumberView view = read.get(number.number());

    assertThat(view.number()).isEqualTo(number);
    assertThat(view.primaryRoute()).contains(Route.sipReg());
    assertThat(view.failoverRoute()).contains(office);
    assertThat(view.e911Address()).contains(address);
    assertThat(view.callerName()).contains(name);
  }

  @Test
  void a_reference_the_inventory_has_not_seen_is_left_out_rather_than_refused() {
    OwnedNumber number =
        OwnedNumbers.local("+12065550100")
            .withRoutes(Optional.of(new RouteId("12")), Optional.empty())
            .withE911(Optional.of("8"));
    numbers.save(number);

    NumberView view = read.get(number.number());

    assertThat(view.primaryRoute()).isEmpty();
    assertThat(view.failoverRoute()).isEmpty();
    assertThat(view.e911Address()).isEmpty();
    assertThat(view.callerName()).isEmpty();
  }

  @Test
  void a_number_not_on_the_account_is_not_found() {
    assertThatThrownBy(() -> read.get(new E164Number("+12065550199")))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.code()).isEqualTo("number-not-found"));
  }

  @Test
  void lists_the_numbers_matching_the_filter_in_number_order() {
    numbers.save(OwnedNumbers.local("+12065550102"));
    numbers.save(OwnedNumbers.local("+15035550100"));
    numbers.save(OwnedNumbers.local("+12065550101"));

    Page<OwnedNumber> page =
        read.list(
            new NumberFilter(
                Optional.of("1206"),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                1));

    assertThat(page.items()).extracting(n -> n.number().value()).containsExactly("+12065550101");
    assertThat(page.hasMore()).isTrue();
  }

  private static PostalAddress address() {
    return E911ProviderContract.toronto("Office");
  }
}
