package dev.switchboard.sandbox.emulator.account;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The account's inbound routes: sip-reg ({@code "0"}) and those created, whose ids are increasing
 * integers as strings, starting again from {@link #FIRST_ID} at {@link #reset()}.
 */
public final class RouteBook {

  public static final long FIRST_ID = 10001;

  private final Map<String, RouteRecord> routes =
      new TreeMap<>(Comparator.comparingLong(Long::parseLong));
  private long nextId;

  public RouteBook() {
    reset();
  }

  synchronized void reset() {
    routes.clear();
    routes.put(RouteRecord.SIP_REG_ID, RouteRecord.sipReg());
    nextId = FIRST_ID;
  }

  /** Every route, by numeric id (sip-reg first). */
  synchronized List<RouteRecord> all() {
    return new ArrayList<>(routes.values());
  }

  synchronized Optional<RouteRecord> find(String id) {
    if (id == null || !id.matches("\\d{1,18}")) {
      return Optional.empty();
    }
    return Optional.ofNullable(routes.get(String.valueOf(Long.parseLong(id))));
  }

  synchronized Optional<RouteRecord> withAlias(String alias) {
    return routes.values().stream().filter(r -> r.alias().equalsIgnoreCase(alias)).findFirst();
  }

  synchronized RouteRecord create(
      String alias, String routeType, String value, Integer edgeStrategyId) {
    RouteRecord route =
        new RouteRecord(String.valueOf(nextId++), alias, routeType, value, edgeStrategyId);
    routes.put(route.id(), route);
    return route;
  }

  synchronized void replace(RouteRecord route) {
    routes.put(route.id(), route);
  }

  synchronized void remove(String id) {
    routes.remove(id);
  }
}
