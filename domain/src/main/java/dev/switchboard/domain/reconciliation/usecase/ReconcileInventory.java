package dev.switchboard.domain.reconciliation.usecase;

import dev.switchboard.domain.events.port.out.Outbox;
import dev.switchboard.domain.numbers.NumberEvents;
import dev.switchboard.domain.numbers.OwnedNumber;
import dev.switchboard.domain.numbers.port.out.NumberInventory;
import dev.switchboard.domain.numbers.port.out.NumberProvider;
import dev.switchboard.domain.reconciliation.ReconciliationReport;
import dev.switchboard.domain.routes.Route;
import dev.switchboard.domain.routes.RouteId;
import dev.switchboard.domain.routes.port.out.RouteInventory;
import dev.switchboard.domain.routes.port.out.RouteProvider;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.port.out.UnitOfWork;
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
  private final RouteProvider routeProvider;
  private final NumberInventory numbers;
  private final RouteInventory routes;
  private final Outbox outbox;
  private final NumberEvents events;
  private final UnitOfWork unitOfWork;
  private final Clock clock;

  public ReconcileInventory(
      NumberProvider provider,
      RouteProvider routeProvider,
      NumberInventory numbers,
      RouteInventory routes,
      Outbox outbox,
      NumberEvents events,
      UnitOfWork unitOfWork,
      Clock clock) {
    this.provider = provider;
    this.routeProvider = routeProvider;
    this.numbers = numbers;
    this.routes = routes;
    this.outbox = outbox;
    this.events = events;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
  }

  /**
   * Reads everything at the provider, then repairs the inventory in one transaction. A number or
   * route whose inventory record changed while the run read the provider (a user's command, which
   * goes to the provider first) is left as it is: the run's reading of the provider may predate
   * that change, and writing it would revert the user's. Each number is re-read under a row lock,
   * so a command committing meanwhile waits and then wins. The next run looks at it again.
   */
  public ReconciliationReport reconcile() {
    Instant started = clock.instant();
    List<Route> providerRoutes = routeProvider.allRoutes();
    Map<String, Route> localRoutes = new LinkedHashMap<>();
    routes.all().forEach(r -> localRoutes.put(r.id().value(), r));

    Map<E164Number, OwnedNumber> local = new LinkedHashMap<>();
    numbers.all().forEach(n -> local.put(n.number(), n));
    TreeSet<E164Number> remote = new TreeSet<>(provider.allNumbers());
    Map<E164Number, OwnedNumber> repairs = new LinkedHashMap<>();
    for (E164Number number : remote) {
      OwnedNumber truth = provider.details(number);
      OwnedNumber ours = local.get(number);
      if (ours == null) {
        repairs.put(number, truth);
      } else if (ours.differsFromProvider(truth)) {
        repairs.put(number, truth.keepingLocalStateOf(ours));
      }
    }
    List<E164Number> gone = local.keySet().stream().filter(n -> !remote.contains(n)).toList();

    List<E164Number> added = new ArrayList<>();
    List<E164Number> removed = new ArrayList<>();
    List<E164Number> changed = new ArrayList<>();
    List<String> routesAdded = new ArrayList<>();
    List<String> routesRemoved = new ArrayList<>();
    List<String> routesChanged = new ArrayList<>();
    unitOfWork.run(
        () -> {
          Instant now = clock.instant();
          Map<String, Route> goneRoutes = new LinkedHashMap<>(localRoutes);
          // Routes first and gone routes last, so no number ever points at a missing route.
          for (Route route : providerRoutes) {
            String id = route.id().value();
            Route before = goneRoutes.remove(id);
            if (!unchangedSinceRead(routes.find(route.id()), before)) {
              continue;
            }
            if (before == null) {
              routesAdded.add(id);
            } else if (!before.equals(route)) {
              routesChanged.add(id);
            }
            routes.save(route);
          }
          repairs.forEach(
              (number, truth) -> {
                OwnedNumber before = local.get(number);
                if (!unchangedSinceRead(numbers.findForUpdate(number), before)) {
                  return;
                }
                (before == null ? added : changed).add(number);
                numbers.save(truth);
                outbox.append(events.driftRepaired(number, before, truth, now));
              });
          for (E164Number number : gone) {
            OwnedNumber before = local.get(number);
            if (!unchangedSinceRead(numbers.findForUpdate(number), before)) {
              continue;
            }
            removed.add(number);
            numbers.remove(number);
            outbox.append(events.driftRepaired(number, before, null, now));
          }
          goneRoutes.forEach(
              (id, before) -> {
                if (unchangedSinceRead(routes.find(new RouteId(id)), before)) {
                  routesRemoved.add(id);
                  routes.remove(new RouteId(id));
                }
              });
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

  /** Whether the inventory still holds what the run read at its start (both absent counts). */
  private static <T> boolean unchangedSinceRead(java.util.Optional<T> now, T before) {
    return java.util.Objects.equals(now.orElse(null), before);
  }
}
