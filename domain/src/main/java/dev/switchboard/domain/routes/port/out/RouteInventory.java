package dev.switchboard.domain.routes.port.out;

import dev.switchboard.domain.routes.Route;
import dev.switchboard.domain.routes.RouteId;
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
