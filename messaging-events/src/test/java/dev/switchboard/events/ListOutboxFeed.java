package dev.switchboard.events;

import dev.switchboard.domain.events.OutboxRecord;
import dev.switchboard.domain.events.port.out.EventSink;
import dev.switchboard.domain.events.port.out.OutboxFeed;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A list standing in for the outbox table: hands out unpublished rows oldest first and marks them
 * published only when the sink returned normally, as the persistence adapter does.
 */
final class ListOutboxFeed implements OutboxFeed {

  private final List<OutboxRecord> rows = new ArrayList<>();
  private int publishedCount;
  private int rounds;
  private final List<Integer> batchSizes = new ArrayList<>();

  synchronized void append(List<OutboxRecord> events) {
    rows.addAll(events);
    notifyAll();
  }

  synchronized int publishedCount() {
    return publishedCount;
  }

  synchronized int rounds() {
    return rounds;
  }

  /** How many events each round that published any handed to the sink, in order. */
  synchronized List<Integer> batchSizes() {
    return List.copyOf(batchSizes);
  }

  @Override
  public int publishNext(int max, EventSink sink) {
    List<OutboxRecord> batch;
    synchronized (this) {
      rounds++;
      batch =
          List.copyOf(rows.subList(publishedCount, Math.min(rows.size(), publishedCount + max)));
    }
    if (batch.isEmpty()) {
      return 0;
    }
    sink.publish(batch);
    synchronized (this) {
      publishedCount += batch.size();
      batchSizes.add(batch.size());
    }
    return batch.size();
  }

  @Override
  public synchronized void awaitNew(Duration timeout) throws InterruptedException {
    if (publishedCount == rows.size()) {
      wait(timeout.toMillis());
    }
  }
}
