package dev.switchboard.benchmarks.floor;

import dev.switchboard.benchmarks.GroupCommitCeiling;
import dev.switchboard.benchmarks.GroupCommitCeiling.Row;
import dev.switchboard.benchmarks.GroupCommitCeiling.Shape;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The floor's two endpoints, written the way the API's are (a JSON body bound to a record, a bearer
 * token's scope checked for a send, the answer once the row is committed) with nothing of the API
 * behind them: no validation, idempotency lookup, opt-out check, history, outbox relay or unit of
 * work; the row goes straight to the bare group commit.
 */
@Path("/floor")
public class FloorResource {

  private final GroupCommitCeiling commits;
  private final FloorSettings settings;

  @Inject
  FloorResource(GroupCommitCeiling commits, FloorSettings settings) {
    this.commits = commits;
    this.settings = settings;
  }

  /** An inbound webhook: 200 once its row is committed. */
  @POST
  @Path("/webhooks/{secret}")
  @PermitAll
  @Consumes(MediaType.APPLICATION_JSON)
  public CompletionStage<Response> webhook(
      @PathParam("secret") String secret, InboundWebhook webhook) {
    if (!settings.webhookSecret().equals(secret)) {
      return CompletableFuture.completedFuture(Response.status(404).build());
    }
    InboundWebhook.Attributes a = webhook.data().attributes();
    Row row = Row.of(Shape.INBOUND, "+" + a.from(), "+" + a.to(), a.body(), webhook.data().id());
    return answer(row, Response.ok());
  }

  /** A send: 202 with the queued message once its row is committed. */
  @POST
  @Path("/messages")
  @RolesAllowed("messages:send")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public CompletionStage<Response> send(
      @HeaderParam("Idempotency-Key") String idempotencyKey, SendRequest send) {
    return queue(idempotencyKey, send);
  }

  /**
   * A send with no bearer token, for the harness to tell the token's cost from the rest of the
   * stack's: the same body, row and answer as {@link #send}.
   */
  @POST
  @Path("/messages-without-token")
  @PermitAll
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public CompletionStage<Response> sendWithoutToken(
      @HeaderParam("Idempotency-Key") String idempotencyKey, SendRequest send) {
    // Not through send(): the bean's self-invocation would be intercepted and ask for the token.
    return queue(idempotencyKey, send);
  }

  private CompletionStage<Response> queue(String idempotencyKey, SendRequest send) {
    Row row = Row.of(Shape.SEND, send.from(), send.to(), send.body(), idempotencyKey);
    return answer(
        row,
        Response.accepted(new Accepted(row.id(), "QUEUED", send.from(), send.to(), send.body())));
  }

  private CompletionStage<Response> answer(Row row, Response.ResponseBuilder committed) {
    return commits
        .submit(row)
        .thenApply(done -> committed.build())
        .exceptionally(e -> Response.status(503).build());
  }
}
