package dev.switchboard.domain.routes.usecase;

import dev.switchboard.domain.routes.EdgeStrategy;
import dev.switchboard.domain.routes.Route;
import dev.switchboard.domain.routes.RouteId;
import dev.switchboard.domain.routes.RouteSpec;
import dev.switchboard.domain.routes.RouteType;
import dev.switchboard.domain.routes.port.out.RouteInventory;
import dev.switchboard.domain.routes.port.out.RouteProvider;
import dev.switchboard.domain.routes.port.out.RouteUsage;
import dev.switchboard.domain.shared.ConflictException;
import dev.switchboard.domain.shared.NotFoundException;
import dev.switchboard.domain.shared.ValidationException;
import dev.switchboard.domain.shared.port.out.UnitOfWork;
import java.util.List;

/**
 * Use case: create, change and delete the account's inbound routes at the provider, keeping the
 * inventory in step. A route that numbers still use is not deleted.
 */
public final class ManageRoutes {

  private final RouteProvider provider;
  private final RouteInventory routes;
  private final RouteUsage numbers;
  private final UnitOfWork unitOfWork;

  public ManageRoutes(
      RouteProvider provider, RouteInventory routes, RouteUsage numbers, UnitOfWork unitOfWork) {
    this.provider = provider;
    this.routes = routes;
    this.numbers = numbers;
    this.unitOfWork = unitOfWork;
  }

  public Route create(RouteSpec spec) {
    boolean aliasTaken =
        routes.all().stream().anyMatch(r -> spec.alias().equalsIgnoreCase(r.alias()));
    if (aliasTaken) {
      throw new ConflictException(
          "duplicate-route", "a route with the alias '" + spec.alias() + "' already exists");
    }
    Route created = provider.createRoute(spec);
    unitOfWork.run(() -> routes.save(created));
    return created;
  }

  public Route update(RouteId id, RouteSpec spec) {
    requireChangeable(id);
    Route updated = provider.updateRoute(id, spec);
    unitOfWork.run(() -> routes.save(updated));
    return updated;
  }

  public void delete(RouteId id) {
    requireChangeable(id);
    int users = numbers.countUsingRoute(id);
    if (users > 0) {
      throw new ConflictException(
          "route-in-use",
          "route " + id + " is still the primary or failover route of " + users + " number(s)");
    }
    provider.deleteRoute(id);
    unitOfWork.run(() -> routes.remove(id));
  }

  public List<Route> list(java.util.Optional<RouteType> type) {
    List<Route> all = new java.util.ArrayList<>(routes.all());
    if (all.stream().noneMatch(r -> r.id().equals(RouteId.SIP_REG))) {
      all.add(0, Route.sipReg()); // built into every account, seen or not
    }
    return all.stream().filter(r -> type.isEmpty() || r.type() == type.get()).toList();
  }

  public Route get(RouteId id) {
    return routes
        .find(id)
        .or(
            () ->
                id.equals(RouteId.SIP_REG)
                    ? java.util.Optional.of(Route.sipReg())
                    : java.util.Optional.empty())
        .orElseThrow(() -> new NotFoundException("route-not-found", "no route " + id));
  }

  public List<EdgeStrategy> edgeStrategies() {
    return provider.edgeStrategies();
  }

  private static void requireChangeable(RouteId id) {
    if (RouteId.SIP_REG.equals(id)) {
      throw new ValidationException(
          "built-in-route", "route 0 (sip-reg) is built in and cannot be changed or deleted");
    }
  }
}
