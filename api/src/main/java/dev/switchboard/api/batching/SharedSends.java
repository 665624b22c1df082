package dev.switchboard.api.batching;

import dev.switchboard.api.media.MediaCheck;
import dev.switchboard.domain.events.TraceContext;
import dev.switchboard.domain.messaging.usecase.SendMessage;
import dev.switchboard.domain.shared.Futures;
import dev.switchboard.persistence.common.BatchTransactions;
import dev.switchboard.persistence.outbox.OutboxTraces;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Sends accepted together share one transaction of {@link SendMessage} (group commit): each is
 * validated on the caller's thread, then waits for its batch without holding a thread.
 */
@Singleton
public class SharedSends {

  private final SendMessage sendMessage;
  private final MediaCheck mediaCheck;
  private final GroupCommit<Traced<SendMessage.Prepared>, SendMessage.Outcome> commits;

  SharedSends(
      SendMessage sendMessage,
      MediaCheck mediaCheck,
      GroupCommitConfig config,
      GroupCommitRunners runners,
      BatchTransactions transactions) {
    this.sendMessage = sendMessage;
    this.mediaCheck = mediaCheck;
    this.commits =
        new GroupCommit<>(
            Traced.work(p -> p.message().id().toString(), sendMessage::sendAll),
            config.limits(),
            runners,
            transactions::run);
  }

  /**
   * An invalid command is refused at once; an MMS then waits for its media check (off the caller's
   * thread) before it joins a batch. The answer completes once the message's transaction has
   * committed, or with its refusal or the failure that kept it from being stored.
   */
  public CompletableFuture<SendMessage.Result> sendLater(SendMessage.Command command) {
    SendMessage.Prepared prepared = sendMessage.prepare(command);
    Traced<SendMessage.Prepared> traced = Traced.capture(prepared);
    return Futures.then(
        mediaCheck.check(prepared.message()).thenCompose(checked -> commits.enqueue(traced)),
        SendMessage.Outcome::resultOrThrow);
  }

  /**
   * A batch request: each valid message is queued with the others into as few shared transactions
   * as the group commit's batch size allows; the answer has one outcome per message, in order
   * (queued, replayed or refused), once all are committed. A failure to store (the database is
   * away) is that message's refusal.
   */
  public CompletableFuture<List<SendMessage.Outcome>> sendBatch(
      List<SendMessage.Command> commands, String idempotencyKey, String caller) {
    List<CompletableFuture<SendMessage.Outcome>> checked =
        sendMessage.prepareBatch(commands, idempotencyKey, caller).stream()
            .map(this::checkMedia)
            .toList();
    TraceContext trace = OutboxTraces.current();
    return CompletableFuture.allOf(checked.toArray(CompletableFuture[]::new))
        .thenCompose(done -> store(checked.stream().map(CompletableFuture::join).toList(), trace));
  }

  /** A valid MMS of a batch is checked like a single send's; a refused medium refuses it alone. */
  private CompletableFuture<SendMessage.Outcome> checkMedia(SendMessage.Outcome outcome) {
    if (outcome.prepared() == null) {
      return CompletableFuture.completedFuture(outcome);
    }
    return mediaCheck
        .check(outcome.prepared().message())
        .handle(
            (ok, failure) ->
                failure == null ? outcome : SendMessage.Outcome.refused(runtime(unwrap(failure))));
  }

  private CompletableFuture<List<SendMessage.Outcome>> store(
      List<SendMessage.Outcome> prepared, TraceContext trace) {
    List<Traced<SendMessage.Prepared>> valid =
        prepared.stream()
            .map(SendMessage.Outcome::prepared)
            .filter(Objects::nonNull)
            .map(p -> new Traced<>(p, trace))
            .toList();
    List<CompletableFuture<SendMessage.Outcome>> stored = commits.enqueueAll(valid);
    List<CompletableFuture<SendMessage.Outcome>> answers = new ArrayList<>(prepared.size());
    int next = 0;
    for (SendMessage.Outcome outcome : prepared) {
      answers.add(
          outcome.prepared() == null
              ? CompletableFuture.completedFuture(outcome)
              : stored
                  .get(next++)
                  .exceptionally(failure -> SendMessage.Outcome.refused(runtime(unwrap(failure)))));
    }
    return CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new))
        .thenApply(done -> answers.stream().map(CompletableFuture::join).toList());
  }

  private static Throwable unwrap(Throwable failure) {
    return failure instanceof CompletionException && failure.getCause() != null
        ? failure.getCause()
        : failure;
  }

  private static RuntimeException runtime(Throwable failure) {
    return failure instanceof RuntimeException runtime ? runtime : new CompletionException(failure);
  }
}
