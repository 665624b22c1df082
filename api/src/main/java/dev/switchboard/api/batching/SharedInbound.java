package dev.switchboard.api.batching;

import dev.switchboard.api.dispatch.DispatcherRunner;
import dev.switchboard.domain.messaging.InboundMessage;
import dev.switchboard.domain.messaging.port.in.InboundMessageIntake;
import dev.switchboard.domain.messaging.usecase.ReceiveInboundMessage;
import dev.switchboard.persistence.common.BatchTransactions;
import dev.switchboard.persistence.outbox.OutboxTraces;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Inbound messages that arrive together share one transaction of {@link ReceiveInboundMessage}
 * (group commit); each webhook waits for its batch without holding a thread, and the events its
 * text causes carry its trace.
 */
@Singleton
public class SharedInbound implements InboundMessageIntake {

  private final GroupCommit<Traced<InboundMessage>, ReceiveInboundMessage.Result> commits;
  private final DispatcherRunner dispatcher;

  SharedInbound(
      ReceiveInboundMessage receive,
      GroupCommitConfig config,
      GroupCommitRunners runners,
      BatchTransactions transactions,
      DispatcherRunner dispatcher) {
    this.commits =
        new GroupCommit<>(
            batch -> receiveAll(receive, batch), config.limits(), runners, transactions::run);
    this.dispatcher = dispatcher;
  }

  private static List<ReceiveInboundMessage.Result> receiveAll(
      ReceiveInboundMessage receive, List<Traced<InboundMessage>> batch) {
    InboundOrigins origins = new InboundOrigins(batch);
    List<InboundMessage> items = batch.stream().map(Traced::item).toList();
    return OutboxTraces.withEventOrigins(origins::of, () -> receive.receiveAll(items));
  }

  /** An auto-reply queued with the text wakes the dispatcher, as a send through the API does. */
  @Override
  public CompletableFuture<ReceiveInboundMessage.Result> receiveLater(InboundMessage inbound) {
    return commits
        .enqueue(Traced.capture(inbound))
        .thenApply(
            result -> {
              if (result.autoReply().isPresent()) {
                dispatcher.wake();
              }
              return result;
            });
  }
}
