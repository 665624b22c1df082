package dev.switchboard.domain.routes.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.routes.Route;
import dev.switchboard.domain.routes.RouteId;
import dev.switchboard.domain.routes.RouteType;
import dev.switchboard.domain.shared.port.out.StoreContract;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link RouteInventory} must do: keep, replace and forget routes; all in id order. */
public abstract class RouteInventoryContract extends StoreContract {

  protected abstract RouteInventory inventory();

  @Test
  void keeps_every_field_of_a_route_and_replaces_it_by_id() {
    Route sip =
        new Route(new RouteId("12"), RouteType.URI, "sip:pbx@example.com", "PBX", Optional.of(3));
    write(() -> inventory().save(sip));
    assertThat(inventory().find(new RouteId("12"))).contains(sip);

    Route phone =
        new Route(new RouteId("12"), RouteType.NUMBER, "12065550123", "Desk", Optional.empty());
    write(() -> inventory().save(phone));

    assertThat(inventory().find(new RouteId("12"))).contains(phone);
    assertThat(inventory().all()).containsExactly(phone);
  }

  @Test
  void keeps_the_built_in_sip_reg_route() {
    write(() -> inventory().save(Route.sipReg()));

    assertThat(inventory().find(RouteId.SIP_REG)).contains(Route.sipReg());
  }

  @Test
  void forgets_a_removed_route() {
    write(() -> inventory().save(route("12")));

    write(() -> inventory().remove(new RouteId("12")));

    assertThat(inventory().find(new RouteId("12"))).isEmpty();
    assertThat(inventory().all()).isEmpty();
  }

  @Test
  void lists_every_route_in_numeric_id_order_sip_reg_first() {
    for (String id : new String[] {"10", "9", "100", "2"}) {
      write(() -> inventory().save(route(id)));
    }
    write(() -> inventory().save(Route.sipReg()));

    assertThat(inventory().all())
        .extracting(r -> r.id().value())
        .containsExactly("0", "2", "9", "10", "100");
  }

  private static Route route(String id) {
    return new Route(
        new RouteId(id),
        RouteType.HOST,
        "192.0.2." + (id.length() + 1),
        "Route " + id,
        Optional.empty());
  }
}
