package dev.switchboard.domain.messaging.port.out;

import dev.switchboard.domain.messaging.ArchivedCopy;
import dev.switchboard.domain.messaging.Message;
import dev.switchboard.domain.messaging.MessageId;
import dev.switchboard.domain.messaging.media.ArchiveState;
import dev.switchboard.domain.messaging.media.MediaTask;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Port: the durable list of inbound media still to copy into our storage. A task is written in the
 * transaction that stores its message, so no medium is forgotten whatever fails after the commit.
 */
public interface MediaArchive {

  /**
   * Adds one task per medium of each new inbound message, due at {@code now}; needs a transaction.
   */
  void enqueue(List<Message> received, Instant now);

  /**
   * Takes up to {@code limit} due tasks (pending and past their next attempt, or under a lapsed
   * lease), oldest due first, counting one attempt more and leasing them until {@code now + lease}
   * under a new claim token; tasks another worker holds are skipped, not waited for.
   */
  List<MediaTask> claimDue(Instant now, int limit, Duration lease);

  /**
   * Records the copy on the task and on the message's medium, if the claim still holds; needs a
   * transaction.
   *
   * @return false, changing nothing, when the claim was lost
   */
  boolean archived(MediaTask task, ArchivedCopy copy);

  /** The copy failed: try again at {@code when}, if the claim still holds. */
  boolean retryAt(MediaTask task, Instant when, String reason);

  /** The copy failed for the last time, if the claim still holds. */
  boolean failed(MediaTask task, String reason, Instant now);

  /** Where the copy of a message's medium stands; empty when it was never to be copied. */
  Optional<ArchiveState> state(MessageId messageId, int index);
}
