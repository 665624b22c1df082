package dev.switchboard.persistence.routes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.routes.Route;
import dev.switchboard.domain.routes.RouteId;
import dev.switchboard.domain.routes.RouteType;
import dev.switchboard.persistence.DatabaseTest;
import dev.switchboard.persistence.PostgresResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The inventory of our inbound routes: saving, replacing, ordering and removing. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
class PanacheRouteInventoryTest extends DatabaseTest {

  @Inject PanacheRouteInventory inventory;

  @Test
  void reads_back_every_field_of_every_kind_of_route() {
    List<Route> routes =
        List.of(
            Route.sipReg(),
            new Route(
                new RouteId("11"),
                RouteType.HOST,
                "pbx.example.com:5060;transport=tcp;weight=40",
                "office pbx",
                Optional.of(3)),
            new Route(
                new RouteId("12"), RouteType.NUMBER, "12065550199", "mobile", Optional.empty()),
            new Route(
                new RouteId("13"),
                RouteType.URI,
                "sip:desk@voip.example.com",
                null,
                Optional.of(1)));

    routes.forEach(this::save);

    for (Route route : routes) {
      assertThat(inventory.find(route.id())).contains(route);
    }
  }

  @Test
  void replaces_every_field_when_a_route_is_saved_again() {
    save(new Route(new RouteId("11"), RouteType.HOST, "pbx.example.com", "pbx", Optional.of(3)));
    Route changed =
        new Route(
            new RouteId("11"), RouteType.URI, "sip:a@b.example.com", "moved", Optional.empty());

    save(changed);

    assertThat(inventory.find(new RouteId("11"))).contains(changed);
    assertThat(inventory.all()).containsExactly(changed);
  }

  @Test
  void lists_every_route_in_numeric_id_order_with_sip_reg_first() {
    for (String id : List.of("10", "2", "100", "0", "33")) {
      save(
          id.equals("0")
              ? Route.sipReg()
              : new Route(
                  new RouteId(id),
                  RouteType.NUMBER,
                  "12065550199",
                  "route " + id,
                  Optional.empty()));
    }

    assertThat(inventory.all())
        .extracting(r -> r.id().value())
        .containsExactly("0", "2", "10", "33", "100");
  }

  @Test
  void removes_a_route_and_keeps_the_others() {
    save(Route.sipReg());
    save(new Route(new RouteId("11"), RouteType.HOST, "pbx.example.com", "pbx", Optional.empty()));

    QuarkusTransaction.requiringNew().run(() -> inventory.remove(new RouteId("11")));

    assertThat(inventory.find(new RouteId("11"))).isEmpty();
    assertThat(inventory.all()).containsExactly(Route.sipReg());
  }

  @Test
  void finds_nothing_for_a_route_it_does_not_hold() {
    save(Route.sipReg());

    assertThat(inventory.find(new RouteId("42"))).isEmpty();
  }

  private void save(Route route) {
    QuarkusTransaction.requiringNew().run(() -> inventory.save(route));
  }
}
