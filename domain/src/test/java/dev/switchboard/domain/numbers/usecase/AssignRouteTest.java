package dev.switchboard.domain.numbers.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.events.port.out.RecordingOutbox;
import dev.switchboard.domain.numbers.OwnedNumber;
import dev.switchboard.domain.numbers.event.NumberEvents;
import dev.switchboard.domain.numbers.event.NumberRoutesChanged;
import dev.switchboard.domain.numbers.port.out.InMemoryNumberInventory;
import dev.switchboard.domain.numbers.port.out.InMemoryNumberProvider;
import dev.switchboard.domain.routes.Route;
import dev.switchboard.domain.routes.RouteId;
import dev.switchboard.domain.routes.RouteSlot;
import dev.switchboard.domain.routes.RouteSpec;
import dev.switchboard.domain.routes.RouteType;
import dev.switchboard.domain.routes.port.out.InMemoryRouteInventory;
import dev.switchboard.domain.routes.port.out.InMemoryRouteProvider;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.NotFoundException;
import dev.switchboard.domain.shared.ValidationException;
import dev.switchboard.domain.shared.port.out.DirectUnitOfWork;
import dev.switchboard.domain.shared.port.out.FakeCarrierAccount;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A number's primary or failover route set or removed, at the carrier and in the record. */
class AssignRouteTest {

  private final FakeCarrierAccount account = new FakeCarrierAccount();
  private final InMemoryNumberProvider numberCarrier = new InMemoryNumberProvider(account);
  private final InMemoryRouteProvider carrier = new InMemoryRouteProvider(account, numberCarrier);
  private final InMemoryRouteInventory routes = new InMemoryRouteInventory();
  private final InMemoryNumberInventory numbers = new InMemoryNumberInventory();
  private final RecordingOutbox outbox = new RecordingOutbox();
  private final AssignRoute assign =
      new AssignRoute(
          carrier,
          numbers,
          routes,
          outbox,
          new NumberEvents(UUID::randomUUID),
          new DirectUnitOfWork(),
          Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC));

  private final E164Number number = ours();
  private final Route office = route("pbx.example.com", "office");
  private final Route backup = route("backup.example.com", "backup");

  @Test
  void points_the_primary_route_at_a_route_and_tells_of_it() {
    OwnedNumber updated = assign.assign(number, RouteSlot.PRIMARY, office.id());

    assertThat(updated.primaryRoute()).contains(office.id());
    assertThat(carrier.routeOf(number, RouteSlot.PRIMARY)).contains(office.id());
    assertThat(numbers.find(number)).contains(updated);
    assertThat(outbox.types()).containsExactly(NumberRoutesChanged.class);
    assertThat(((NumberRoutesChanged) outbox.events().get(0)).state().primaryRoute())
        .contains(office.id());
  }

  @Test
  void sets_the_failover_route_keeping_the_primary() {
    assign.assign(number, RouteSlot.PRIMARY, office.id());

    OwnedNumber updated = assign.assign(number, RouteSlot.FAILOVER, backup.id());

    assertThat(updated.primaryRoute()).contains(office.id());
    assertThat(updated.failoverRoute()).contains(backup.id());
    assertThat(carrier.routeOf(number, RouteSlot.FAILOVER)).contains(backup.id());
  }

  @Test
  void sip_reg_can_be_assigned_though_the_inventory_has_not_seen_it() {
    assign.assign(number, RouteSlot.PRIMARY, office.id());

    OwnedNumber updated = assign.assign(number, RouteSlot.FAILOVER, RouteId.SIP_REG);

    assertThat(updated.failoverRoute()).contains(RouteId.SIP_REG);
    assertThat(carrier.routeOf(number, RouteSlot.FAILOVER)).contains(RouteId.SIP_REG);
  }

  @Test
  void refuses_the_same_route_as_primary_and_failover_before_asking_the_carrier() {
    assign.assign(number, RouteSlot.PRIMARY, office.id());

    assertThatThrownBy(() -> assign.assign(number, RouteSlot.FAILOVER, office.id()))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.code()).isEqualTo("same-route-twice"));
    assertThat(carrier.routeOf(number, RouteSlot.FAILOVER)).isEmpty();
    assertThat(outbox.types()).hasSize(1);
  }

  @Test
  void refuses_a_route_we_do_not_know() {
    assertThatThrownBy(() -> assign.assign(number, RouteSlot.PRIMARY, new RouteId("424242")))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.code()).isEqualTo("route-not-found"));
    assertThat(outbox.types()).isEmpty();
  }

  @Test
  void refuses_a_number_not_on_the_account() {
    E164Number stranger = new E164Number("+12065559999");

    assertThatThrownBy(() -> assign.assign(stranger, RouteSlot.PRIMARY, office.id()))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.code()).isEqualTo("number-not-found"));
    assertThat(numberCarrier.has(stranger)).isFalse();
  }

  @Test
  void removing_the_primary_route_falls_back_to_sip_reg() {
    assign.assign(number, RouteSlot.PRIMARY, office.id());

    OwnedNumber updated = assign.remove(number, RouteSlot.PRIMARY);

    assertThat(updated.primaryRoute()).contains(RouteId.SIP_REG);
    assertThat(carrier.routeOf(number, RouteSlot.PRIMARY)).contains(RouteId.SIP_REG);
    assertThat(numbers.find(number)).contains(updated);
    assertThat(outbox.types())
        .containsExactly(NumberRoutesChanged.class, NumberRoutesChanged.class);
  }

  @Test
  void removing_the_failover_route_leaves_none() {
    assign.assign(number, RouteSlot.FAILOVER, backup.id());

    OwnedNumber updated = assign.remove(number, RouteSlot.FAILOVER);

    assertThat(updated.failoverRoute()).isEmpty();
    assertThat(carrier.routeOf(number, RouteSlot.FAILOVER)).isEmpty();
  }

  @Test
  void weights_split_traffic_only_when_both_routes_carry_one() {
    Route heavy = weighted("a.example.com;weight=70", "heavy");
    Route light = weighted("b.example.com;weight=30", "light");

    assertThat(AssignRoute.weighted(Optional.of(heavy), Optional.of(light))).isTrue();
    assertThat(AssignRoute.weighted(Optional.of(heavy), Optional.of(office))).isFalse();
    assertThat(AssignRoute.weighted(Optional.of(heavy), Optional.empty())).isFalse();
  }

  private E164Number ours() {
    E164Number bought = new E164Number("+12065550100");
    numbers.save(numberCarrier.purchase(bought, false, false).number());
    return bought;
  }

  private Route route(String host, String alias) {
    Route created =
        carrier.createRoute(new RouteSpec(RouteType.HOST, host, alias, Optional.empty()));
    routes.save(created);
    return created;
  }

  private Route weighted(String value, String alias) {
    return route(value, alias);
  }
}
