package dev.switchboard.api.inventory;

import dev.switchboard.domain.reconciliation.ReconciliationReport;
import dev.switchboard.domain.reconciliation.usecase.ReconcileRegistries;
import dev.switchboard.domain.shared.E164Number;
import java.time.Instant;
import java.util.List;

/** A reconciliation report as the API shows it. */
public record ReportJson(
    Instant startedAt,
    Instant finishedAt,
    boolean driftFound,
    Changes numbers,
    Changes routes,
    Changes e911Addresses,
    Changes callerNames,
    List<String> callerNamesApproved,
    List<String> callerNamesRejected) {

  /** What was checked and what differed. */
  public record Changes(
      int checked, List<String> added, List<String> removed, List<String> changed) {}

  static ReportJson of(Reconciliation done) {
    ReconciliationReport r = done.numbers();
    ReconcileRegistries.Report g = done.registries();
    return new ReportJson(
        r.startedAt(),
        r.finishedAt(),
        done.foundDrift(),
        new Changes(
            r.numbersChecked(),
            values(r.numbersAdded()),
            values(r.numbersRemoved()),
            values(r.numbersChanged())),
        new Changes(r.routesChecked(), r.routesAdded(), r.routesRemoved(), r.routesChanged()),
        new Changes(
            g.addressesChecked(), g.addressesAdded(), g.addressesRemoved(), g.addressesChanged()),
        new Changes(g.namesChecked(), g.namesAdded(), g.namesRemoved(), g.namesChanged()),
        g.namesApproved(),
        g.namesRejected());
  }

  private static List<String> values(List<E164Number> numbers) {
    return numbers.stream().map(E164Number::value).toList();
  }
}
