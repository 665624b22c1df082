package dev.switchboard.domain.routes.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.numbers.NumberType;
import dev.switchboard.domain.numbers.OwnedNumbers;
import dev.switchboard.domain.numbers.port.out.InMemoryNumberInventory;
import dev.switchboard.domain.numbers.port.out.InMemoryNumberProvider;
import dev.switchboard.domain.routes.Route;
import dev.switchboard.domain.routes.RouteId;
import dev.switchboard.domain.routes.RouteSpec;
import dev.switchboard.domain.routes.RouteType;
import dev.switchboard.domain.routes.port.out.InMemoryRouteInventory;
import dev.switchboard.domain.routes.port.out.InMemoryRouteProvider;
import dev.switchboard.domain.shared.ConflictException;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.NotFoundException;
import dev.switchboard.domain.shared.UpstreamException;
import dev.switchboard.domain.shared.ValidationException;
import dev.switchboard.domain.shared.port.out.DirectUnitOfWork;
import dev.switchboard.domain.shared.port.out.FakeCarrierAccount;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Routes made, changed and deleted at the carrier, with the inventory kept in step. */
class ManageRoutesTest {

  private final FakeCarrierAccount account = new FakeCarrierAccount();
  private final InMemoryRouteProvider carrier =
      new InMemoryRouteProvider(account, new InMemoryNumberProvider(account));
  private final InMemoryRouteInventory routes = new InMemoryRouteInventory();
  private final InMemoryNumberInventory numbers = new InMemoryNumberInventory();
  private final DirectUnitOfWork unitOfWork = new DirectUnitOfWork();
  private final ManageRoutes manage = new ManageRoutes(carrier, routes, numbers, unitOfWork);

  @Test
  void creates_a_route_at_the_carrier_and_records_it() {
    Route created = manage.create(host("pbx.example.com", "office"));

    assertThat(carrier.has(created.id())).isTrue();
    assertThat(routes.find(created.id())).contains(created);
    assertThat(created.alias()).isEqualTo("office");
    assertThat(unitOfWork.transactions()).isEqualTo(1);
  }

  @Test
  void refuses_an_alias_already_taken_whatever_its_case_before_asking_the_carrier() {
    manage.create(host("pbx.example.com", "office"));

    assertThatThrownBy(() -> manage.create(host("other.example.com", "OFFICE")))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("duplicate-route"));
    assertThat(carrier.allRoutes()).hasSize(2); // sip-reg and the first one
    assertThat(routes.all()).hasSize(1);
  }

  @Test
  void changes_a_route_at_the_carrier_and_in_the_inventory() {
    Route created = manage.create(host("pbx.example.com", "office"));

    Route updated = manage.update(created.id(), host("pbx2.example.com", "office"));

    assertThat(updated.value()).isEqualTo("pbx2.example.com");
    assertThat(routes.find(created.id())).contains(updated);
    assertThat(carrier.allRoutes()).contains(updated);
  }

  @Test
  void sip_reg_can_be_neither_changed_nor_deleted() {
    assertThatThrownBy(() -> manage.update(RouteId.SIP_REG, host("pbx.example.com", "x")))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.code()).isEqualTo("built-in-route"));
    assertThatThrownBy(() -> manage.delete(RouteId.SIP_REG))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.code()).isEqualTo("built-in-route"));
    assertThat(carrier.has(RouteId.SIP_REG)).isTrue();
  }

  @Test
  void deletes_an_unused_route_at_the_carrier_and_forgets_it() {
    Route created = manage.create(host("pbx.example.com", "office"));

    manage.delete(created.id());

    assertThat(carrier.has(created.id())).isFalse();
    assertThat(routes.find(created.id())).isEmpty();
  }

  @Test
  void keeps_a_route_that_a_number_still_uses() {
    Route created = manage.create(host("pbx.example.com", "office"));
    E164Number number = account.buy(NumberType.LOCAL);
    numbers.save(
        OwnedNumbers.local(number).withRoutes(Optional.empty(), Optional.of(created.id())));

    assertThatThrownBy(() -> manage.delete(created.id()))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> {
              assertThat(e.code()).isEqualTo("route-in-use");
              assertThat(e.getMessage()).contains("1 number(s)");
            });
    assertThat(carrier.has(created.id())).isTrue();
    assertThat(routes.find(created.id())).isPresent();
  }

  @Test
  void leaves_the_inventory_alone_when_the_carrier_is_down() {
    account.setDown(true);

    assertThatThrownBy(() -> manage.create(host("pbx.example.com", "office")))
        .isInstanceOf(UpstreamException.class);
    assertThat(routes.all()).isEmpty();
    assertThat(unitOfWork.transactions()).isZero();
  }

  @Test
  void lists_sip_reg_first_even_before_the_inventory_has_seen_it() {
    Route created = manage.create(host("pbx.example.com", "office"));

    assertThat(manage.list(Optional.empty()))
        .extracting(Route::id)
        .containsExactly(RouteId.SIP_REG, created.id());
    assertThat(manage.list(Optional.of(RouteType.HOST))).containsExactly(created);
    assertThat(manage.list(Optional.of(RouteType.SIP_REG))).containsExactly(Route.sipReg());
  }

  @Test
  void gets_a_known_route_and_sip_reg_and_refuses_an_unknown_one() {
    Route created = manage.create(host("pbx.example.com", "office"));

    assertThat(manage.get(created.id())).isEqualTo(created);
    assertThat(manage.get(RouteId.SIP_REG)).isEqualTo(Route.sipReg());
    assertThatThrownBy(() -> manage.get(new RouteId("424242")))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.code()).isEqualTo("route-not-found"));
  }

  @Test
  void reads_the_edge_strategies_from_the_carrier() {
    assertThat(manage.edgeStrategies()).containsExactly(InMemoryRouteProvider.US_WEST);
  }

  private static RouteSpec host(String value, String alias) {
    return new RouteSpec(RouteType.HOST, value, alias, Optional.empty());
  }
}
