package dev.switchboard.domain.routes.port.out;

import dev.switchboard.domain.routes.EdgeStrategy;
import dev.switchboard.domain.routes.Route;
import dev.switchboard.domain.routes.RouteId;
import dev.switchboard.domain.routes.RouteSlot;
import dev.switchboard.domain.routes.RouteSpec;
import dev.switchboard.domain.shared.ConflictException;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.NotFoundException;
import dev.switchboard.domain.shared.port.out.FakeCarrierAccount;
import dev.switchboard.domain.shared.port.out.NumericIds;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The in-memory carrier of the account's routes, for use-case tests: sip-reg (route 0) is built in,
 * a route still on a number is not deleted, and numbers must be on the account to get a route. It
 * keeps the route relationships itself ({@link #routeOf}); the number provider's description of a
 * number does not follow them.
 */
public final class InMemoryRouteProvider implements RouteProvider {

  public static final EdgeStrategy US_WEST =
      new EdgeStrategy(1, "US-West-OR", "Oregon", "us-west-or.example", "203.0.113.0/24");

  private final FakeCarrierAccount account;
  private final Map<RouteId, Route> routes = new ConcurrentHashMap<>();
  private final Map<E164Number, Map<RouteSlot, RouteId>> assigned = new ConcurrentHashMap<>();

  public InMemoryRouteProvider(FakeCarrierAccount account) {
    this.account = account;
    routes.put(RouteId.SIP_REG, Route.sipReg());
  }

  @Override
  public void assignRoute(E164Number number, RouteSlot slot, RouteId route) {
    account.call();
    account.typeOf(number);
    require(route);
    assigned.computeIfAbsent(number, n -> new EnumMap<>(RouteSlot.class)).put(slot, route);
  }

  @Override
  public void removeRoute(E164Number number, RouteSlot slot) {
    account.call();
    account.typeOf(number);
    assigned.getOrDefault(number, new EnumMap<>(RouteSlot.class)).remove(slot);
  }

  @Override
  public List<Route> allRoutes() {
    account.call();
    return routes.values().stream()
        .sorted(Comparator.comparing(r -> r.id().value(), NumericIds.order()))
        .toList();
  }

  @Override
  public Route createRoute(RouteSpec spec) {
    account.call();
    Route created =
        new Route(
            new RouteId(account.nextId()),
            spec.type(),
            spec.value(),
            spec.alias(),
            spec.edgeStrategyId());
    routes.put(created.id(), created);
    return created;
  }

  @Override
  public Route updateRoute(RouteId id, RouteSpec spec) {
    require(id);
    Route updated = new Route(id, spec.type(), spec.value(), spec.alias(), spec.edgeStrategyId());
    routes.put(id, updated);
    return updated;
  }

  @Override
  public void deleteRoute(RouteId id) {
    require(id);
    boolean inUse = assigned.values().stream().anyMatch(slots -> slots.containsValue(id));
    if (inUse) {
      throw new ConflictException("route-in-use", "route " + id + " is still on a number");
    }
    routes.remove(id);
  }

  @Override
  public List<EdgeStrategy> edgeStrategies() {
    account.call();
    return List.of(US_WEST);
  }

  /** The route the carrier sends the number's calls to in this slot. */
  public Optional<RouteId> routeOf(E164Number number, RouteSlot slot) {
    return Optional.ofNullable(assigned.getOrDefault(number, Map.of()).get(slot));
  }

  /** Whether the carrier has the route. */
  public boolean has(RouteId id) {
    return routes.containsKey(id);
  }

  /** Puts a route on the account behind our back, as made in Flowroute's portal. */
  public void addBehindOurBack(Route route) {
    routes.put(route.id(), route);
  }

  /** Takes a route off the account behind our back. */
  public void removeBehindOurBack(RouteId id) {
    routes.remove(id);
  }

  private Route require(RouteId id) {
    account.call();
    Route route = routes.get(id);
    if (route == null) {
      throw new NotFoundException("route-not-found", "no route " + id);
    }
    return route;
  }
}
