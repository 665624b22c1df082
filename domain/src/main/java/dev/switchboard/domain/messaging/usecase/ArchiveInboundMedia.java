package dev.switchboard.domain.messaging.usecase;

import dev.switchboard.domain.events.port.out.Outbox;
import dev.switchboard.domain.messaging.ArchivedCopy;
import dev.switchboard.domain.messaging.Message;
import dev.switchboard.domain.messaging.RetryPolicy;
import dev.switchboard.domain.messaging.event.MessageEvents;
import dev.switchboard.domain.messaging.media.MediaBytes;
import dev.switchboard.domain.messaging.media.MediaFetchException;
import dev.switchboard.domain.messaging.media.MediaTask;
import dev.switchboard.domain.messaging.port.out.MediaArchive;
import dev.switchboard.domain.messaging.port.out.MediaSource;
import dev.switchboard.domain.messaging.port.out.MediaStore;
import dev.switchboard.domain.messaging.port.out.Messages;
import dev.switchboard.domain.shared.port.out.UnitOfWork;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * Use case: copies the media of inbound MMS from Flowroute's temporary links into our storage. Each
 * claimed task is fetched and stored outside any transaction; then one transaction records the copy
 * on the task and the message (fenced by the claim) and appends {@code message.media-archived}. A
 * failure waits for the retry policy's back-off; after its last attempt the task is FAILED.
 */
public final class ArchiveInboundMedia {

  /** What one pass did. */
  public record Pass(int claimed, int archived, int retried, int failed) {}

  private final MediaArchive archive;
  private final MediaSource source;
  private final MediaStore store;
  private final Messages messages;
  private final Outbox outbox;
  private final MessageEvents events;
  private final UnitOfWork unitOfWork;
  private final Clock clock;
  private final RetryPolicy retry;
  private final Duration lease;
  private final DoubleSupplier random;

  public ArchiveInboundMedia(
      MediaArchive archive,
      MediaSource source,
      MediaStore store,
      Messages messages,
      Outbox outbox,
      MessageEvents events,
      UnitOfWork unitOfWork,
      Clock clock,
      RetryPolicy retry,
      Duration lease,
      DoubleSupplier random) {
    this.archive = archive;
    this.source = source;
    this.store = store;
    this.messages = messages;
    this.outbox = outbox;
    this.events = events;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
    this.retry = retry;
    this.lease = lease;
    this.random = random;
  }

  /** Claims up to {@code limit} due tasks and copies each. */
  public Pass archiveBatch(int limit) {
    // The claim commits before anything is fetched, so other workers skip these tasks.
    List<MediaTask> tasks =
        unitOfWork.inTransaction(() -> archive.claimDue(clock.instant(), limit, lease));
    int archived = 0;
    int retried = 0;
    int failed = 0;
    for (MediaTask task : tasks) {
      switch (copy(task)) {
        case ARCHIVED -> archived++;
        case RETRY -> retried++;
        case FAILED -> failed++;
        case LOST_CLAIM -> {}
      }
    }
    return new Pass(tasks.size(), archived, retried, failed);
  }

  private enum Outcome {
    ARCHIVED,
    RETRY,
    FAILED,
    LOST_CLAIM
  }

  private Outcome copy(MediaTask task) {
    MediaBytes medium;
    try {
      medium = source.fetch(task.source());
      store.put(task.storageKey(), medium);
    } catch (MediaFetchException e) {
      return failure(task, e.getMessage());
    }
    ArchivedCopy copy =
        new ArchivedCopy(task.storageKey(), medium.contentType(), medium.size(), clock.instant());
    boolean recorded =
        unitOfWork.inTransaction(
            () -> {
              if (!archive.archived(task, copy)) {
                return false;
              }
              Optional<Message> message = messages.byId(task.messageId());
              message
                  .filter(m -> task.index() < m.media().size())
                  .ifPresent(m -> outbox.append(events.mediaArchived(m, task.index())));
              return true;
            });
    return recorded ? Outcome.ARCHIVED : Outcome.LOST_CLAIM;
  }

  private Outcome failure(MediaTask task, String reason) {
    Instant now = clock.instant();
    Optional<Duration> delay = retry.delayAfter(task.attempts(), random.getAsDouble());
    if (delay.isPresent()) {
      Instant when = now.plus(delay.get());
      return unitOfWork.inTransaction(() -> archive.retryAt(task, when, reason))
          ? Outcome.RETRY
          : Outcome.LOST_CLAIM;
    }
    return unitOfWork.inTransaction(() -> archive.failed(task, reason, now))
        ? Outcome.FAILED
        : Outcome.LOST_CLAIM;
  }
}
