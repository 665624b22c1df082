package dev.switchboard.api.batching;

import dev.switchboard.api.media.MediaCheck;
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
  private final MediaCheck mediaCheck;
  private final GroupCommit<SendMessage.Prepared, SendMessage.Outcome> commits;

  SharedSends(
      SendMessage sendMessage,
      MediaCheck mediaCheck,
      GroupCommitConfig config,
      GroupCommitRunners runners,
      BatchTransactions transactions) {
    this.sendMessage = sendMessage;
    this.mediaCheck = mediaCheck;
    this.commits =
        new GroupCommit<>(sendMessage::sendAll, config.limits(), runners, transactions::run);
  }

  /**
   * An invalid command is refused at once; an MMS then waits for its media check (off the caller's
   * thread) before it joins a batch. The answer completes once the message's transaction has
   * committed, or with its refusal or the failure that kept it from being stored.
   */
  public CompletableFuture<SendMessage.Result> sendLater(SendMessage.Command command) {
    SendMessage.Prepared prepared = sendMessage.prepare(command);
    return Futures.then(
        mediaCheck.check(prepared.message()).thenCompose(checked -> commits.enqueue(prepared)),
        SendMessage.Outcome::resultOrThrow);
  }
}
