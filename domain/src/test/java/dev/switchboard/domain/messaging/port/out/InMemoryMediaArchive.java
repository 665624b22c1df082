package dev.switchboard.domain.messaging.port.out;

import dev.switchboard.domain.messaging.ArchivedCopy;
import dev.switchboard.domain.messaging.Media;
import dev.switchboard.domain.messaging.Message;
import dev.switchboard.domain.messaging.MessageId;
import dev.switchboard.domain.messaging.media.ArchiveState;
import dev.switchboard.domain.messaging.media.MediaTask;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The list of media to copy, in memory, for use-case tests; it writes copies onto the messages of
 * the {@link Messages} it is given, as the PostgreSQL adapter does in the same transaction.
 */
public final class InMemoryMediaArchive implements MediaArchive {

  /** One task as kept. */
  public static final class Row {
    final MessageId messageId;
    final int index;
    final URI source;
    ArchiveState state = ArchiveState.PENDING;
    int attempts;
    Instant nextAttemptAt;
    UUID claim;
    String lastError;

    Row(MessageId messageId, int index, URI source, Instant due) {
      this.messageId = messageId;
      this.index = index;
      this.source = source;
      this.nextAttemptAt = due;
    }

    public int attempts() {
      return attempts;
    }

    public Instant nextAttemptAt() {
      return nextAttemptAt;
    }

    public String lastError() {
      return lastError;
    }
  }

  private final Messages messages;
  private final Map<String, Row> rows = new LinkedHashMap<>();

  public InMemoryMediaArchive(Messages messages) {
    this.messages = messages;
  }

  @Override
  public synchronized void enqueue(List<Message> received, Instant now) {
    for (Message message : received) {
      for (int i = 0; i < message.media().size(); i++) {
        rows.putIfAbsent(
            MediaTask.storageKey(message.id(), i),
            new Row(message.id(), i, message.media().get(i).url(), now));
      }
    }
  }

  @Override
  public synchronized List<MediaTask> claimDue(Instant now, int limit, Duration lease) {
    List<MediaTask> claimed = new ArrayList<>();
    rows.values().stream()
        .filter(r -> r.state == ArchiveState.PENDING && !r.nextAttemptAt.isAfter(now))
        .sorted(Comparator.comparing((Row r) -> r.nextAttemptAt))
        .limit(limit)
        .forEach(
            r -> {
              r.attempts++;
              r.claim = UUID.randomUUID();
              r.nextAttemptAt = now.plus(lease);
              claimed.add(new MediaTask(r.messageId, r.index, r.source, r.attempts, r.claim));
            });
    return claimed;
  }

  @Override
  public synchronized boolean archived(MediaTask task, ArchivedCopy copy) {
    Row row = held(task);
    if (row == null) {
      return false;
    }
    row.state = ArchiveState.ARCHIVED;
    row.claim = null;
    messages
        .byId(task.messageId())
        .ifPresent(
            message -> {
              List<Media> media = new ArrayList<>(message.media());
              media.set(task.index(), media.get(task.index()).withArchived(copy));
              messages.update(withMedia(message, media));
            });
    return true;
  }

  @Override
  public synchronized boolean retryAt(MediaTask task, Instant when, String reason) {
    Row row = held(task);
    if (row == null) {
      return false;
    }
    row.nextAttemptAt = when;
    row.lastError = reason;
    row.claim = null;
    return true;
  }

  @Override
  public synchronized boolean failed(MediaTask task, String reason, Instant now) {
    Row row = held(task);
    if (row == null) {
      return false;
    }
    row.state = ArchiveState.FAILED;
    row.lastError = reason;
    row.claim = null;
    return true;
  }

  @Override
  public synchronized Optional<ArchiveState> state(MessageId messageId, int index) {
    return Optional.ofNullable(rows.get(MediaTask.storageKey(messageId, index))).map(r -> r.state);
  }

  /** The task of a medium, for assertions. */
  public synchronized Optional<Row> row(MessageId messageId, int index) {
    return Optional.ofNullable(rows.get(MediaTask.storageKey(messageId, index)));
  }

  private Row held(MediaTask task) {
    Row row = rows.get(task.storageKey());
    return row != null && task.claim().equals(row.claim) ? row : null;
  }

  private static Message withMedia(Message m, List<Media> media) {
    return new Message(
        m.id(),
        m.direction(),
        m.from(),
        m.to(),
        m.body(),
        media,
        m.status(),
        m.flowrouteId(),
        m.idempotencyKey(),
        m.fingerprint(),
        m.attempts(),
        m.nextAttemptAt(),
        m.failureCode(),
        m.failureReason(),
        m.createdAt(),
        m.updatedAt());
  }
}
