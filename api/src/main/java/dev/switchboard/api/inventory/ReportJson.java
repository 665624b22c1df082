package dev.switchboard.api.inventory;

import dev.switchboard.domain.numbers.ReconciliationReport;
import dev.switchboard.domain.shared.E164Number;
import java.time.Instant;
import java.util.List;

/** A reconciliation report as the API shows it. */
public record ReportJson(
    Instant startedAt, Instant finishedAt, boolean driftFound, Changes numbers, Changes routes) {

  /** What was checked and what differed. */
  public record Changes(
      int checked, List<String> added, List<String> removed, List<String> changed) {}

  static ReportJson of(ReconciliationReport r) {
    return new ReportJson(
        r.startedAt(),
        r.finishedAt(),
        r.foundDrift(),
        new Changes(
            r.numbersChecked(),
            values(r.numbersAdded()),
            values(r.numbersRemoved()),
            values(r.numbersChanged())),
        new Changes(r.routesChecked(), r.routesAdded(), r.routesRemoved(), r.routesChanged()));
  }

  private static List<String> values(List<E164Number> numbers) {
    return numbers.stream().map(E164Number::value).toList();
  }
}
