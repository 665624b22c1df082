package dev.switchboard.domain.messaging.history;

import dev.switchboard.domain.messaging.MessageId;
import java.util.List;

/**
 * Port: the lasting record of each message's steps, written in the transaction of the change it
 * tells of (the outbox forgets an event once it is published). A message's first step is its own
 * row and is not recorded here ({@link HistoryEntry#creation}).
 */
public interface MessageHistory {

  /** Records the steps in their order, in the caller's transaction. */
  void record(List<HistoryEntry> entries);

  /** A message's steps, oldest first (in the order they were recorded). */
  List<HistoryEntry> of(MessageId message);
}
