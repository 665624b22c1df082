package dev.switchboard.api.inventory;

import dev.switchboard.api.openapi.ContractFilter;
import dev.switchboard.domain.shared.NotFoundException;
import dev.switchboard.domain.shared.ProblemType;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /v1/inventory/reconciliations}: compare the inventory with Flowroute and repair it. */
@Path("/v1/inventory/reconciliations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Inventory", description = "The reconciliation of our inventory with Flowroute's")
public class InventoryResource {

  private final Reconciler reconciler;

  InventoryResource(Reconciler reconciler) {
    this.reconciler = reconciler;
  }

  @POST
  @RolesAllowed("numbers:write")
  @Operation(
      operationId = "reconcileInventory",
      summary = "Reconcile now",
      description = "Reads every number and route at Flowroute, repairs the inventory, reports.")
  @Extension(name = ContractFilter.FLOWROUTE_CALL, value = "true", parseValue = true)
  public ReportJson reconcile() {
    return reconciler.runNow();
  }

  @GET
  @Path("/last")
  @RolesAllowed("numbers:read")
  @Operation(
      operationId = "getLastInventoryReconciliation",
      summary = "The report of the last reconciliation, whichever replica ran it")
  public ReportJson last() {
    return reconciler
        .last()
        .orElseThrow(
            () ->
                new NotFoundException(
                    ProblemType.NO_RECONCILIATION_YET,
                    "no replica has reconciled the inventory yet"));
  }
}
