package dev.switchboard.domain.messaging.history;

import dev.switchboard.domain.messaging.MessageId;
import java.util.ArrayList;
import java.util.List;

/** Message history in memory, for use case tests. */
public final class InMemoryMessageHistory implements MessageHistory {

  private final List<HistoryEntry> entries = new ArrayList<>();

  @Override
  public synchronized void record(List<HistoryEntry> steps) {
    entries.addAll(steps);
  }

  @Override
  public synchronized List<HistoryEntry> of(MessageId message) {
    return entries.stream().filter(e -> e.message().equals(message)).toList();
  }
}
