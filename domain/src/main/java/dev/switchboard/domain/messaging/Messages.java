package dev.switchboard.domain.messaging;

import dev.switchboard.domain.shared.Page;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Port: the record of every message we sent or received. */
public interface Messages {

  /**
   * Records a new message.
   *
   * @return false, recording nothing, when a message with the same idempotency key or the same
   *     Flowroute id is already recorded
   */
  boolean add(Message message);

  /**
   * Records new messages at once, as {@link #add} would one by one (an adapter may write them all
   * in one statement).
   *
   * @return the ids of the messages recorded; the others were already recorded
   */
  default Set<MessageId> addAll(List<Message> batch) {
    Set<MessageId> added = new HashSet<>();
    for (Message message : batch) {
      if (add(message)) {
        added.add(message.id());
      }
    }
    return added;
  }

  /** Saves the new state of a recorded message. */
  void update(Message message);

  Optional<Message> byId(MessageId id);

  /** The message recorded under a (scoped, see {@link IdempotencyKeys}) idempotency key. */
  Optional<Message> byIdempotencyKey(String key);

  /**
   * Frees the expired idempotency key of a recorded message, so that a new message can be recorded
   * under it; the message keeps everything else.
   */
  default void releaseIdempotencyKey(Message message) {
    byId(message.id())
        .filter(recorded -> message.idempotencyKey().equals(recorded.idempotencyKey()))
        .ifPresent(recorded -> update(recorded.withoutIdempotencyKey()));
  }

  Optional<Message> byFlowrouteId(String flowrouteId);

  Page<Message> list(MessageQuery query);

  /**
   * Takes up to {@code limit} outbound messages that are due (queued and past their next attempt,
   * or sending under a lapsed lease), moves them to SENDING with one attempt more and a lease until
   * {@code now + lease}. Messages claimed by another dispatcher are skipped, not waited for.
   */
  List<Claim> claimDue(Instant now, int limit, Duration lease);
}
