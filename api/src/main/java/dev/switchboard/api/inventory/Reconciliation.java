package dev.switchboard.api.inventory;

import dev.switchboard.domain.cnam.ReconcileRegistries;
import dev.switchboard.domain.numbers.ReconciliationReport;

/** One full reconciliation: E911 addresses and caller names, then numbers and routes. */
public record Reconciliation(ReconciliationReport numbers, ReconcileRegistries.Report registries) {

  public boolean foundDrift() {
    return numbers.foundDrift() || registries.foundDrift();
  }
}
