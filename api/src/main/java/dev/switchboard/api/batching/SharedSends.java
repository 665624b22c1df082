package dev.switchboard.api.batching;

import dev.switchboard.domain.messaging.usecase.SendMessage;
import dev.switchboard.domain.shared.Futures;
import dev.switchboard.persistence.common.BatchTransactions;
import jakarta.inject.Singleton;
import java.util.concurrent.CompletableFuture;

/**
 * Sends accepted together share one transaction of {@link SendMessage} (group commit): each is
 * validated on the caller's thread, then waits for its batch without holding a thread.
 */
@Singleton
public class SharedSends {

  private final SendMessage sendMessage;
  private final GroupCommit<SendMessage.Prepared, SendMessage.Outcome> commits;

  SharedSends(
      SendMessage sendMessage,
      GroupCommitConfig config,
      GroupCommitRunners runners,
      BatchTransactions transactions) {
    this.sendMessage = sendMessage;
    this.commits =
        new GroupCommit<>(sendMessage::sendAll, config.limits(), runners, transactions::run);
  }

  /**
   * An invalid command is refused at once; the answer completes once the message's transaction has
   * committed, or with its refusal or the failure that kept it from being stored.
   */
  public CompletableFuture<SendMessage.Result> sendLater(SendMessage.Command command) {
    return Futures.then(
        commits.enqueue(sendMessage.prepare(command)), SendMessage.Outcome::resultOrThrow);
  }
}
