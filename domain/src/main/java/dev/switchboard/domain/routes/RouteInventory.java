package dev.switchboard.domain.routes;

import java.util.List;
import java.util.Optional;

/** Port: our own record of the account's inbound routes. */
public interface RouteInventory {

  void save(Route route);

  void remove(RouteId id);

  Optional<Route> find(RouteId id);

  /** Every route, in id order (sip-reg, route 0, first). */
  List<Route> all();
}
