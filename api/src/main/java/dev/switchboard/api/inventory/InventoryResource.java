package dev.switchboard.api.inventory;

import dev.switchboard.domain.shared.NotFoundException;
import dev.switchboard.domain.shared.ProblemType;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /v1/inventory/reconciliations}: compare the inventory with Flowroute and repair it. */
@Path("/v1/inventory/reconciliations")
@Produces(MediaType.APPLICATION_JSON)
public class InventoryResource {

  private final Reconciler reconciler;

  InventoryResource(Reconciler reconciler) {
    this.reconciler = reconciler;
  }

  @POST
  @RolesAllowed("numbers:write")
  @Operation(
      summary = "Reconcile now",
      description = "Reads every number and route at Flowroute, repairs the inventory, reports.")
  public ReportJson reconcile() {
    return reconciler.runNow();
  }

  @GET
  @Path("/last")
  @RolesAllowed("numbers:read")
  @Operation(summary = "The report of the last reconciliation, whichever replica ran it")
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
