package dev.switchboard.domain.routes.port.out;

import dev.switchboard.domain.routes.EdgeStrategy;
import dev.switchboard.domain.routes.Route;
import dev.switchboard.domain.routes.RouteId;
import dev.switchboard.domain.routes.RouteSlot;
import dev.switchboard.domain.routes.RouteSpec;
import dev.switchboard.domain.shared.E164Number;
import java.util.List;

/**
 * Port: the carrier that routes the calls of our numbers (Flowroute's Routes v2, and the route
 * relationships of Numbers v2). Failures are {@code NotFoundException} (unknown number or route),
 * {@code ValidationException} (refused input), {@code ConflictException} (a route still in use, or
 * an alias taken) or {@code UpstreamException} (down, rate-limited, credentials refused).
 */
public interface RouteProvider {

  void assignRoute(E164Number number, RouteSlot slot, RouteId route);

  void removeRoute(E164Number number, RouteSlot slot);

  /** Every route of the account (all pages), sip-reg included. */
  List<Route> allRoutes();

  Route createRoute(RouteSpec spec);

  Route updateRoute(RouteId id, RouteSpec spec);

  void deleteRoute(RouteId id);

  List<EdgeStrategy> edgeStrategies();
}
