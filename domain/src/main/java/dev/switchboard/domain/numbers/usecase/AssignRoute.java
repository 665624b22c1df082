package dev.switchboard.domain.numbers.usecase;

import dev.switchboard.domain.events.port.out.Outbox;
import dev.switchboard.domain.numbers.NumberEvents;
import dev.switchboard.domain.numbers.OwnedNumber;
import dev.switchboard.domain.numbers.port.out.NumberInventory;
import dev.switchboard.domain.routes.Route;
import dev.switchboard.domain.routes.RouteId;
import dev.switchboard.domain.routes.RouteSlot;
import dev.switchboard.domain.routes.RouteValue;
import dev.switchboard.domain.routes.port.out.RouteInventory;
import dev.switchboard.domain.routes.port.out.RouteProvider;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.NotFoundException;
import dev.switchboard.domain.shared.ValidationException;
import dev.switchboard.domain.shared.port.out.UnitOfWork;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Use case: point a number's primary or failover voice route at a route, or remove it. Weights
 * ({@code ;weight=}) only split traffic when both routes carry one, as Flowroute applies them.
 */
public final class AssignRoute {

  private final RouteProvider provider;
  private final NumberInventory numbers;
  private final RouteInventory routes;
  private final NumberEvents events;
  private final NumberChanges changes;

  public AssignRoute(
      RouteProvider provider,
      NumberInventory numbers,
      RouteInventory routes,
      Outbox outbox,
      NumberEvents events,
      UnitOfWork unitOfWork,
      Clock clock) {
    this.provider = provider;
    this.numbers = numbers;
    this.routes = routes;
    this.events = events;
    this.changes = new NumberChanges(numbers, outbox, unitOfWork, clock);
  }

  public OwnedNumber assign(E164Number number, RouteSlot slot, RouteId routeId) {
    OwnedNumber current = numbers.require(number);
    Route route =
        routes
            .find(routeId)
            .or(
                () ->
                    routeId.equals(RouteId.SIP_REG)
                        ? Optional.of(Route.sipReg())
                        : Optional.empty())
            .orElseThrow(() -> new NotFoundException("route-not-found", "no route " + routeId));
    Optional<RouteId> other =
        slot == RouteSlot.PRIMARY ? current.failoverRoute() : current.primaryRoute();
    if (other.equals(Optional.of(routeId))) {
      throw new ValidationException(
          "same-route-twice", "the primary and the failover route must differ");
    }
    provider.assignRoute(number, slot, routeId);
    return changes.record(withRoute(current, slot, Optional.of(route.id())), events::routesChanged);
  }

  public OwnedNumber remove(E164Number number, RouteSlot slot) {
    OwnedNumber current = numbers.require(number);
    provider.removeRoute(number, slot);
    // Flowroute sends calls to sip-reg when a number has no primary route of its own.
    Optional<RouteId> after =
        slot == RouteSlot.PRIMARY ? Optional.of(RouteId.SIP_REG) : Optional.empty();
    return changes.record(withRoute(current, slot, after), events::routesChanged);
  }

  /** Whether weighted routing applies: both routes of the number carry a {@code ;weight=}. */
  public static boolean weighted(Optional<Route> primary, Optional<Route> failover) {
    OptionalInt a = primary.map(r -> RouteValue.weight(r.value())).orElse(OptionalInt.empty());
    OptionalInt b = failover.map(r -> RouteValue.weight(r.value())).orElse(OptionalInt.empty());
    return a.isPresent() && b.isPresent();
  }

  private static OwnedNumber withRoute(OwnedNumber n, RouteSlot slot, Optional<RouteId> route) {
    return slot == RouteSlot.PRIMARY
        ? n.withRoutes(route, n.failoverRoute())
        : n.withRoutes(n.primaryRoute(), route);
  }
}
