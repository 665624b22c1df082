package dev.switchboard.domain.routes.port.out;

import dev.switchboard.domain.numbers.OwnedNumber;
import dev.switchboard.domain.numbers.port.out.InMemoryNumberProvider;
import dev.switchboard.domain.routes.EdgeStrategy;
import dev.switchboard.domain.routes.Route;
import dev.switchboard.domain.routes.RouteId;
import dev.switchboard.domain.routes.RouteSlot;
import dev.switchboard.domain.routes.RouteSpec;
import dev.switchboard.domain.shared.ConflictException;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.NotFoundException;
import dev.switchboard.domain.shared.ProblemType;
import dev.switchboard.domain.shared.port.out.FakeCarrierAccount;
import dev.switchboard.domain.shared.port.out.NumericIds;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The in-memory carrier of the account's routes, for use-case tests: sip-reg (route 0) is built in,
 * a route still on a number is not deleted, an alias is taken once, and the route relationships are
 * kept on the number provider's record of the number, as Flowroute's Numbers v2 shows them. Keeps
 * {@code NumberProviderContract}.
 */
public final class InMemoryRouteProvider implements RouteProvider {

  public static final EdgeStrategy US_WEST =
      new EdgeStrategy(1, "US-West-OR", "Oregon", "us-west-or.example", "203.0.113.0/24");

  private final FakeCarrierAccount account;
  private final InMemoryNumberProvider numbers;
  private final Map<RouteId, Route> routes = new ConcurrentHashMap<>();

  public InMemoryRouteProvider(FakeCarrierAccount account, InMemoryNumberProvider numbers) {
    this.account = account;
    this.numbers = numbers;
    reset();
  }

  @Override
  public void assignRoute(E164Number number, RouteSlot slot, RouteId route) {
    require(route);
    numbers.change(number, n -> withRoute(n, slot, Optional.of(route)));
  }

  @Override
  public void removeRoute(E164Number number, RouteSlot slot) {
    account.call();
    // Flowroute sends calls to sip-reg when a number has no primary route of its own.
    Optional<RouteId> none =
        slot == RouteSlot.PRIMARY ? Optional.of(RouteId.SIP_REG) : Optional.empty();
    numbers.change(number, n -> withRoute(n, slot, none));
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
    refuseTakenAlias(spec.alias(), null);
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
    refuseTakenAlias(spec.alias(), id);
    Route updated = new Route(id, spec.type(), spec.value(), spec.alias(), spec.edgeStrategyId());
    routes.put(id, updated);
    return updated;
  }

  @Override
  public void deleteRoute(RouteId id) {
    require(id);
    Optional<RouteId> route = Optional.of(id);
    boolean inUse =
        numbers.allNumbers().stream()
            .map(numbers::details)
            .anyMatch(n -> n.primaryRoute().equals(route) || n.failoverRoute().equals(route));
    if (inUse) {
      throw new ConflictException(
          ProblemType.ROUTE_IN_USE, "route " + id + " is still on a number");
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
    OwnedNumber n = numbers.details(number);
    return slot == RouteSlot.PRIMARY ? n.primaryRoute() : n.failoverRoute();
  }

  /** Forgets every route but sip-reg. */
  public void reset() {
    routes.clear();
    routes.put(RouteId.SIP_REG, Route.sipReg());
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

  private void refuseTakenAlias(String alias, RouteId except) {
    boolean taken =
        routes.values().stream()
            .anyMatch(r -> !r.id().equals(except) && alias.equalsIgnoreCase(r.alias()));
    if (taken) {
      throw new ConflictException(
          ProblemType.DUPLICATE_ROUTE, "a route with the alias '" + alias + "' already exists");
    }
  }

  private static OwnedNumber withRoute(OwnedNumber n, RouteSlot slot, Optional<RouteId> route) {
    return slot == RouteSlot.PRIMARY
        ? n.withRoutes(route, n.failoverRoute())
        : n.withRoutes(n.primaryRoute(), route);
  }

  private Route require(RouteId id) {
    account.call();
    Route route = routes.get(id);
    if (route == null) {
      throw new NotFoundException(ProblemType.ROUTE_NOT_FOUND, "no route " + id);
    }
    return route;
  }
}
