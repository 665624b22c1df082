package dev.switchboard.domain.numbers;

import dev.switchboard.domain.events.Outbox;
import dev.switchboard.domain.routes.Route;
import dev.switchboard.domain.routes.RouteId;
import dev.switchboard.domain.routes.RouteInventory;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.UnitOfWork;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Use case: compare the inventory with the provider (every page) and make the inventory match,
 * telling each repaired number as an event. The provider is the truth; what only we know (the
 * DID-level callbacks, which Flowroute cannot read back) is kept.
 */
public final class ReconcileInventory {

  private final NumberProvider provider;
  private final NumberInventory numbers;
  private final RouteInventory routes;
  private final Outbox outbox;
  private final NumberEvents events;
  private final UnitOfWork unitOfWork;
  private final Clock clock;

  public ReconcileInventory(
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

  public ReconciliationReport reconcile() {
    Instant started = clock.instant();
    List<String> routesAdded = new ArrayList<>();
    List<String> routesRemoved = new ArrayList<>();
    List<String> routesChanged = new ArrayList<>();
    List<Route> providerRoutes = provider.allRoutes();
    Map<String, Route> localRoutes = new LinkedHashMap<>();
    routes.all().forEach(r -> localRoutes.put(r.id().value(), r));
    for (Route route : providerRoutes) {
      Route local = localRoutes.remove(route.id().value());
      if (local == null) {
        routesAdded.add(route.id().value());
      } else if (!local.equals(route)) {
        routesChanged.add(route.id().value());
      }
    }
    routesRemoved.addAll(localRoutes.keySet());

    Map<E164Number, OwnedNumber> local = new LinkedHashMap<>();
    numbers.all().forEach(n -> local.put(n.number(), n));
    TreeSet<E164Number> remote = new TreeSet<>(provider.allNumbers());
    List<E164Number> added = new ArrayList<>();
    List<E164Number> removed = new ArrayList<>();
    List<E164Number> changed = new ArrayList<>();
    Map<E164Number, OwnedNumber> repairs = new LinkedHashMap<>();
    for (E164Number number : remote) {
      OwnedNumber truth = provider.details(number);
      OwnedNumber ours = local.get(number);
      if (ours == null) {
        added.add(number);
        repairs.put(number, truth);
      } else if (ours.differsFromProvider(truth)) {
        changed.add(number);
        repairs.put(number, truth.keepingLocalStateOf(ours));
      }
    }
    for (E164Number number : local.keySet()) {
      if (!remote.contains(number)) {
        removed.add(number);
      }
    }

    unitOfWork.run(
        () -> {
          Instant now = clock.instant();
          // Routes first and gone routes last, so no number ever points at a missing route.
          providerRoutes.forEach(routes::save);
          repairs.forEach(
              (number, truth) -> {
                numbers.save(truth);
                outbox.append(events.driftRepaired(number, local.get(number), truth, now));
              });
          for (E164Number number : removed) {
            numbers.remove(number);
            outbox.append(events.driftRepaired(number, local.get(number), null, now));
          }
          routesRemoved.forEach(id -> routes.remove(new RouteId(id)));
        });
    return new ReconciliationReport(
        started,
        clock.instant(),
        remote.size(),
        added,
        removed,
        changed,
        providerRoutes.size(),
        routesAdded,
        routesRemoved,
        routesChanged);
  }
}
