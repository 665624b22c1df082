package dev.switchboard.domain.routes.port.out;

import dev.switchboard.domain.routes.Route;
import dev.switchboard.domain.routes.RouteId;
import dev.switchboard.domain.shared.port.out.NumericIds;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The in-memory inventory of routes, for use-case tests; keeps {@link RouteInventoryContract}. */
public final class InMemoryRouteInventory implements RouteInventory {

  private final Map<RouteId, Route> routes = new ConcurrentHashMap<>();

  @Override
  public void save(Route route) {
    routes.put(route.id(), route);
  }

  @Override
  public void remove(RouteId id) {
    routes.remove(id);
  }

  @Override
  public Optional<Route> find(RouteId id) {
    return Optional.ofNullable(routes.get(id));
  }

  @Override
  public List<Route> all() {
    return routes.values().stream()
        .sorted(Comparator.comparing(r -> r.id().value(), NumericIds.order()))
        .toList();
  }
}
