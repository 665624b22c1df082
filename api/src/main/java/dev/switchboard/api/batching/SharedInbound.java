package dev.switchboard.api.batching;

import dev.switchboard.api.dispatch.DispatcherRunner;
import dev.switchboard.domain.messaging.InboundMessage;
import dev.switchboard.domain.messaging.port.in.InboundMessageIntake;
import dev.switchboard.domain.messaging.usecase.ReceiveInboundMessage;
import dev.switchboard.persistence.common.BatchTransactions;
import jakarta.inject.Singleton;
import java.util.concurrent.CompletableFuture;

/**
 * Inbound messages that arrive together share one transaction of {@link ReceiveInboundMessage}
 * (group commit); each webhook waits for its batch without holding a thread.
 */
@Singleton
public class SharedInbound implements InboundMessageIntake {

  private final GroupCommit<InboundMessage, ReceiveInboundMessage.Result> commits;
  private final DispatcherRunner dispatcher;

  SharedInbound(
      ReceiveInboundMessage receive,
      GroupCommitConfig config,
      GroupCommitRunners runners,
      BatchTransactions transactions,
      DispatcherRunner dispatcher) {
    this.commits =
        new GroupCommit<>(receive::receiveAll, config.limits(), runners, transactions::run);
    this.dispatcher = dispatcher;
  }

  /** An auto-reply queued with the text wakes the dispatcher, as a send through the API does. */
  @Override
  public CompletableFuture<ReceiveInboundMessage.Result> receiveLater(InboundMessage inbound) {
    return commits
        .enqueue(inbound)
        .thenApply(
            result -> {
              if (result.autoReply().isPresent()) {
                dispatcher.wake();
              }
              return result;
            });
  }
}
