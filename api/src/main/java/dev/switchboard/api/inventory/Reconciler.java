package dev.switchboard.api.inventory;

import dev.switchboard.domain.cnam.ReconcileRegistries;
import dev.switchboard.domain.numbers.ReconcileInventory;
import dev.switchboard.domain.numbers.ReconciliationReport;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * Runs the reconciliation on its schedule and on demand, one run at a time, and keeps the last
 * report.
 */
@ApplicationScoped
public class Reconciler {

  private static final Logger LOG = Logger.getLogger(Reconciler.class);

  private final ReconcileInventory reconcile;
  private final ReconcileRegistries registries;
  private final ReconciliationConfig config;
  private final AtomicReference<Reconciliation> last = new AtomicReference<>();
  private ScheduledExecutorService scheduler;

  Reconciler(
      ReconcileInventory reconcile, ReconcileRegistries registries, ReconciliationConfig config) {
    this.reconcile = reconcile;
    this.registries = registries;
    this.config = config;
  }

  void start(@Observes StartupEvent event) {
    if (!config.enabled()) {
      return;
    }
    scheduler =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "inventory-reconciliation");
              t.setDaemon(true);
              return t;
            });
    scheduler.scheduleWithFixedDelay(
        this::scheduledRun,
        config.initialDelay().toMillis(),
        config.interval().toMillis(),
        TimeUnit.MILLISECONDS);
  }

  void stop(@Observes ShutdownEvent event) {
    if (scheduler != null) {
      scheduler.shutdownNow();
    }
  }

  /** Runs now (waiting for a run in progress to end first) and returns what it repaired. */
  public synchronized Reconciliation runNow() {
    // Addresses and names first, so that the numbers that refer to them find them.
    ReconcileRegistries.Report registry = registries.reconcile();
    ReconciliationReport report = reconcile.reconcile();
    Reconciliation done = new Reconciliation(report, registry);
    last.set(done);
    if (done.foundDrift()) {
      LOG.infof(
          "inventory reconciled: numbers +%d -%d ~%d, routes +%d -%d ~%d, e911 +%d -%d ~%d,"
              + " caller names +%d -%d ~%d",
          report.numbersAdded().size(),
          report.numbersRemoved().size(),
          report.numbersChanged().size(),
          report.routesAdded().size(),
          report.routesRemoved().size(),
          report.routesChanged().size(),
          registry.addressesAdded().size(),
          registry.addressesRemoved().size(),
          registry.addressesChanged().size(),
          registry.namesAdded().size(),
          registry.namesRemoved().size(),
          registry.namesChanged().size());
    }
    return done;
  }

  public Optional<Reconciliation> last() {
    return Optional.ofNullable(last.get());
  }

  private void scheduledRun() {
    try {
      runNow();
    } catch (RuntimeException e) {
      // Flowroute down or slow: the inventory stays as it is until the next run.
      LOG.warnf("scheduled reconciliation failed: %s", e.getMessage());
    }
  }
}
