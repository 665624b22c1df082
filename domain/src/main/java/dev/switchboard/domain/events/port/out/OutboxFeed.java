package dev.switchboard.domain.events.port.out;

import java.time.Duration;

/** Port: the relay's side of the outbox, handing out unpublished events oldest first. */
public interface OutboxFeed {

  /**
   * Gives up to {@code max} unpublished events, oldest first, to {@code sink}. If it returns
   * normally they are published: never handed out again by this feed, and recorded as such no later
   * than the next round, the next {@link #awaitNew wait} or the feed's shutdown. Only one relay at
   * a time publishes, so order holds across replicas.
   *
   * @return how many were published; 0 when there were none or another relay holds the turn
   */
  int publishNext(int max, EventSink sink);

  /** Waits until new events may have been written, or the timeout passes. */
  void awaitNew(Duration timeout) throws InterruptedException;
}
