package dev.switchboard.api.inventory;

import dev.switchboard.domain.reconciliation.ReconciliationReport;
import dev.switchboard.domain.reconciliation.usecase.ReconcileRegistries;

/** One full reconciliation: E911 addresses and caller names, then numbers and routes. */
public record Reconciliation(ReconciliationReport numbers, ReconcileRegistries.Report registries) {

  public boolean foundDrift() {
    return numbers.foundDrift() || registries.foundDrift();
  }
}
