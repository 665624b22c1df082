package dev.switchboard.domain.reconciliation;

import dev.switchboard.domain.shared.E164Number;
import java.time.Instant;
import java.util.List;

/** What a reconciliation found different from the provider, and repaired. */
public record ReconciliationReport(
    Instant startedAt,
    Instant finishedAt,
    int numbersChecked,
    List<E164Number> numbersAdded,
    List<E164Number> numbersRemoved,
    List<E164Number> numbersChanged,
    int routesChecked,
    List<String> routesAdded,
    List<String> routesRemoved,
    List<String> routesChanged) {

  public ReconciliationReport {
    numbersAdded = List.copyOf(numbersAdded);
    numbersRemoved = List.copyOf(numbersRemoved);
    numbersChanged = List.copyOf(numbersChanged);
    routesAdded = List.copyOf(routesAdded);
    routesRemoved = List.copyOf(routesRemoved);
    routesChanged = List.copyOf(routesChanged);
  }

  public boolean foundDrift() {
    return !(numbersAdded.isEmpty()
        && numbersRemoved.isEmpty()
        && numbersChanged.isEmpty()
        && routesAdded.isEmpty()
        && routesRemoved.isEmpty()
        && routesChanged.isEmpty());
  }
}
