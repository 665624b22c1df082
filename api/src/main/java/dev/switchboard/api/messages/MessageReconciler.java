package dev.switchboard.api.messages;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.domain.messaging.reconciliation.MessageReconciliationReport;
import dev.switchboard.domain.messaging.reconciliation.usecase.ReconcileMessages;
import dev.switchboard.persistence.reconciliation.PostgresReconciliationRuns;
import dev.switchboard.persistence.reconciliation.PostgresReconciliationRuns.Kind;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Runs the message reconciliation on its schedule and on demand, one run at a time in the whole
 * cluster (the PostgreSQL advisory lock of the inventory reconciliation, under its own key), keeps
 * the last report in PostgreSQL and counts what the runs found. A scheduled run is skipped while
 * another runs or when the last one finished within nine tenths of the interval.
 */
@ApplicationScoped
public class MessageReconciler {

  private static final Logger LOG = Logger.getLogger(MessageReconciler.class);

  private final ReconcileMessages reconcile;
  private final MessageReconciliationConfig config;
  private final PostgresReconciliationRuns runs;
  private final ObjectMapper json;
  private final MeterRegistry registry;

  MessageReconciler(
      ReconcileMessages reconcile,
      MessageReconciliationConfig config,
      PostgresReconciliationRuns runs,
      ObjectMapper json,
      MeterRegistry registry) {
    this.reconcile = reconcile;
    this.config = config;
    this.runs = runs;
    this.json = json;
    this.registry = registry;
  }

  /** Runs now (after a run in progress anywhere ends) and returns its report. */
  public MessageReconciliationReport runNow() {
    return runs.exclusively(Kind.MESSAGES, true, null, this::runAndKeep).orElseThrow();
  }

  /** The cluster's last report, whichever replica made it. */
  public Optional<MessageReconciliationReport> last() {
    return runs.last(Kind.MESSAGES)
        .map(
            text -> {
              try {
                return json.readValue(text, MessageReconciliationReport.class);
              } catch (JsonProcessingException e) {
                throw new IllegalStateException("a stored message reconciliation is unreadable", e);
              }
            });
  }

  /** Runs once unless another replica runs or ran within the interval. */
  Optional<MessageReconciliationReport> runIfDue() {
    Duration recent = config.interval().multipliedBy(9).dividedBy(10);
    return runs.exclusively(Kind.MESSAGES, false, recent, this::runAndKeep);
  }

  private MessageReconciliationReport runAndKeep() {
    MessageReconciliationReport report;
    try {
      report =
          reconcile.reconcile(
              new ReconcileMessages.Settings(config.window(), config.grace(), config.pageSize()));
    } catch (RuntimeException e) {
      registry.counter("switchboard.messages.reconciliation.runs", "outcome", "failed").increment();
      throw e;
    }
    registry.counter("switchboard.messages.reconciliation.runs", "outcome", "ok").increment();
    count("examined", report.examined());
    count("settled", report.settled());
    count("foreign", report.foreignRecorded());
    count("unmatched", report.unmatched().size());
    try {
      runs.save(Kind.MESSAGES, report.finishedAt(), json.writeValueAsString(report));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a message reconciliation report could not be written", e);
    }
    if (report.settled() + report.foreignRecorded() + report.unmatched().size() > 0) {
      LOG.infof(
          "messages reconciled: %d records examined, %d settled, %d foreign recorded,"
              + " %d unmatched",
          report.examined(), report.settled(), report.foreignRecorded(), report.unmatched().size());
    }
    return report;
  }

  private void count(String outcome, int amount) {
    registry
        .counter("switchboard.messages.reconciliation.records", "outcome", outcome)
        .increment(amount);
  }

  /** quarkus-scheduler's tick on this replica; the advisory lock makes it one run per cluster. */
  @Scheduled(
      identity = "message-reconciliation",
      every = "${switchboard.message-reconciliation.interval:15m}",
      delayed = "${switchboard.message-reconciliation.initial-delay:30s}",
      concurrentExecution = ConcurrentExecution.SKIP,
      skipExecutionIf = MessageReconciler.Disabled.class)
  void scheduledRun() {
    try {
      runIfDue();
    } catch (RuntimeException e) {
      // Flowroute down or slow: stuck messages wait for the next run.
      LOG.warnf("scheduled message reconciliation failed: %s", e.getMessage());
    }
  }

  /** Skips the scheduled runs where {@code switchboard.message-reconciliation.enabled=false}. */
  @Singleton
  static class Disabled implements Scheduled.SkipPredicate {

    private final MessageReconciliationConfig config;

    Disabled(MessageReconciliationConfig config) {
      this.config = config;
    }

    @Override
    public boolean test(ScheduledExecution execution) {
      return !config.enabled();
    }
  }
}
