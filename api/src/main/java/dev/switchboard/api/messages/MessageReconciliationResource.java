package dev.switchboard.api.messages;

import dev.switchboard.api.openapi.ContractFilter;
import dev.switchboard.domain.messaging.reconciliation.MessageReconciliationReport;
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

/** {@code /v1/messages/reconciliations}: compare our messages with Flowroute's message records. */
@Path("/v1/messages/reconciliations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Messages", description = "Send SMS and MMS, follow their status, search the record")
public class MessageReconciliationResource {

  private final MessageReconciler reconciler;

  MessageReconciliationResource(MessageReconciler reconciler) {
    this.reconciler = reconciler;
  }

  @POST
  @RolesAllowed("messages:send")
  @Operation(
      operationId = "reconcileMessages",
      summary = "Reconcile messages now",
      description =
          "Reads Flowroute's message records of the recent window, settles messages stuck in"
              + " SENT, records texts someone else sent on the account, reports.")
  @Extension(name = ContractFilter.FLOWROUTE_CALL, value = "true", parseValue = true)
  public MessageReconciliationReport reconcile() {
    return reconciler.runNow();
  }

  @GET
  @Path("/last")
  @RolesAllowed("messages:read")
  @Operation(
      operationId = "getLastMessageReconciliation",
      summary = "The report of the last message reconciliation, whichever replica ran it")
  public MessageReconciliationReport last() {
    return reconciler
        .last()
        .orElseThrow(
            () ->
                new NotFoundException(
                    ProblemType.NO_RECONCILIATION_YET, "no replica has reconciled messages yet"));
  }
}
