package dev.switchboard.api.inventory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.domain.reconciliation.ReconciliationReport;
import dev.switchboard.domain.reconciliation.usecase.ReconcileInventory;
import dev.switchboard.domain.reconciliation.usecase.ReconcileRegistries;
import dev.switchboard.persistence.reconciliation.PostgresReconciliationRuns;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Runs the reconciliation on its schedule and on demand, one run at a time in the whole cluster
 * (PostgreSQL advisory lock), and keeps the last report in PostgreSQL so that every replica shows
 * the same one. A replica's scheduled run is skipped while another runs or while the last run
 * finished less than nine tenths of the interval ago, so the cluster reconciles about once per
 * interval however many replicas tick.
 */
@ApplicationScoped
public class Reconciler {

  private static final Logger LOG = Logger.getLogger(Reconciler.class);

  private final ReconcileInventory reconcile;
  private final ReconcileRegistries registries;
  private final ReconciliationConfig config;
  private final PostgresReconciliationRuns runs;
  private final ObjectMapper json;

  Reconciler(
      ReconcileInventory reconcile,
      ReconcileRegistries registries,
      ReconciliationConfig config,
      PostgresReconciliationRuns runs,
      ObjectMapper json) {
    this.reconcile = reconcile;
    this.registries = registries;
    this.config = config;
    this.runs = runs;
    this.json = json;
  }

  /**
   * Runs now (waiting for a run in progress here or on another replica to end first) and returns
   * what it repaired.
   */
  public synchronized ReportJson runNow() {
    return runs.exclusively(true, null, this::runAndKeep).orElseThrow();
  }

  /** The cluster's last report, whichever replica made it. */
  public Optional<ReportJson> last() {
    return runs.last()
        .map(
            text -> {
              try {
                return json.readValue(text, ReportJson.class);
              } catch (JsonProcessingException e) {
                throw new IllegalStateException("a stored reconciliation report is unreadable", e);
              }
            });
  }

  /** Runs once, on its schedule, unless another replica runs or ran within the interval. */
  synchronized Optional<ReportJson> runIfDue() {
    Duration recent = config.interval().multipliedBy(9).dividedBy(10);
    return runs.exclusively(false, recent, this::runAndKeep);
  }

  private ReportJson runAndKeep() {
    ReportJson report = ReportJson.of(reconcileHere());
    try {
      runs.save(report.finishedAt(), json.writeValueAsString(report));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a reconciliation report could not be written", e);
    }
    return report;
  }

  private Reconciliation reconcileHere() {
    // Addresses and names first, so that the numbers that refer to them find them.
    ReconcileRegistries.Report registry = registries.reconcile();
    ReconciliationReport report = reconcile.reconcile();
    Reconciliation done = new Reconciliation(report, registry);
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

  /** quarkus-scheduler's tick on this replica; the advisory lock makes it one run per cluster. */
  @Scheduled(
      identity = "inventory-reconciliation",
      every = "${switchboard.reconciliation.interval:15m}",
      delayed = "${switchboard.reconciliation.initial-delay:10s}",
      concurrentExecution = ConcurrentExecution.SKIP,
      skipExecutionIf = Reconciler.Disabled.class)
  void scheduledRun() {
    try {
      runIfDue();
    } catch (RuntimeException e) {
      // Flowroute down or slow: the inventory stays as it is until the next run.
      LOG.warnf("scheduled reconciliation failed: %s", e.getMessage());
    }
  }

  /**
   * Skips the scheduled runs on a replica where {@code switchboard.reconciliation.enabled=false}.
   */
  @Singleton
  static class Disabled implements Scheduled.SkipPredicate {

    private final ReconciliationConfig config;

    Disabled(ReconciliationConfig config) {
      this.config = config;
    }

    @Override
    public boolean test(ScheduledExecution execution) {
      return !config.enabled();
    }
  }
}
