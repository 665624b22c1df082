package dev.switchboard.domain.routes.port.out;

import dev.switchboard.domain.routes.RouteId;

/** Port: how many of our numbers use a route, asked before it is deleted. */
public interface RouteUsage {

  /** How many numbers use the route, as primary or failover. */
  int countUsingRoute(RouteId route);
}
