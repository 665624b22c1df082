package dev.switchboard.domain.numbers.usecase;

import dev.switchboard.domain.events.port.out.Outbox;
import dev.switchboard.domain.numbers.NumberEvents;
import dev.switchboard.domain.numbers.OwnedNumber;
import dev.switchboard.domain.numbers.port.out.NumberInventory;
import dev.switchboard.domain.numbers.port.out.NumberProvider;
import dev.switchboard.domain.routes.Route;
import dev.switchboard.domain.routes.RouteId;
import dev.switchboard.domain.routes.RouteSlot;
import dev.switchboard.domain.routes.RouteValue;
import dev.switchboard.domain.routes.port.out.RouteInventory;
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

  private final NumberProvider provider;
  private final NumberInventory numbers;
  private final RouteInventory routes;
  private final Outbox outbox;
  private final NumberEvents events;
  private final UnitOfWork unitOfWork;
  private final Clock clock;

  public AssignRoute(
      NumberProvider provider,
      NumberInventory numbers,
      RouteInventory routes,
      Outbox outbox,
      NumberEvents events,
      UnitOfWork unitOfWork,
      Clock clock) {
    this.provider = provider;
    this.numbers = numbers;
    this.routes = routes;
    this.outbox = outbox;
    this.events = events;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
  }

  public OwnedNumber assign(E164Number number, RouteSlot slot, RouteId routeId) {
    OwnedNumber current = owned(number);
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
    return record(withRoute(current, slot, Optional.of(route.id())));
  }

  public OwnedNumber remove(E164Number number, RouteSlot slot) {
    OwnedNumber current = owned(number);
    provider.removeRoute(number, slot);
    // Flowroute sends calls to sip-reg when a number has no primary route of its own.
    Optional<RouteId> after =
        slot == RouteSlot.PRIMARY ? Optional.of(RouteId.SIP_REG) : Optional.empty();
    return record(withRoute(current, slot, after));
  }

  /** Whether weighted routing applies: both routes of the number carry a {@code ;weight=}. */
  public static boolean weighted(Optional<Route> primary, Optional<Route> failover) {
    OptionalInt a = primary.map(r -> RouteValue.weight(r.value())).orElse(OptionalInt.empty());
    OptionalInt b = failover.map(r -> RouteValue.weight(r.value())).orElse(OptionalInt.empty());
    return a.isPresent() && b.isPresent();
  }

  private OwnedNumber owned(E164Number number) {
    return numbers
        .find(number)
        .orElseThrow(
            () -> new NotFoundException("number-not-found", number + " is not on the account"));
  }

  private OwnedNumber record(OwnedNumber updated) {
    unitOfWork.run(
        () -> {
          numbers.save(updated);
          outbox.append(events.routesChanged(updated, clock.instant()));
        });
    return updated;
  }

  private static OwnedNumber withRoute(OwnedNumber n, RouteSlot slot, Optional<RouteId> route) {
    return slot == RouteSlot.PRIMARY
        ? n.withRoutes(route, n.failoverRoute())
        : n.withRoutes(n.primaryRoute(), route);
  }
}
