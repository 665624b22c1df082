package dev.switchboard.domain.messaging.port.out;

import dev.switchboard.domain.messaging.Claim;
import dev.switchboard.domain.messaging.IdempotencyKeys;
import dev.switchboard.domain.messaging.Message;
import dev.switchboard.domain.messaging.MessageId;
import dev.switchboard.domain.messaging.MessageKind;
import dev.switchboard.domain.messaging.MessageQuery;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.Page;
import dev.switchboard.domain.shared.PhoneAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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

  /**
   * Saves the new state of a recorded message without a fence (delivery receipts on SENT messages),
   * ending any claim on it.
   */
  void update(Message message);

  Optional<Message> byId(MessageId id);

  /** The message recorded under a (scoped, see {@link IdempotencyKeys}) idempotency key. */
  Optional<Message> byIdempotencyKey(String key);

  /**
   * The messages recorded under any of {@code keys}, by key: a batch of sends reads its keys at
   * once. The default asks key by key; an adapter over a database does it in one query.
   */
  default Map<String, Message> byIdempotencyKeys(Collection<String> keys) {
    Map<String, Message> found = new HashMap<>();
    for (String key : keys) {
      byIdempotencyKey(key).ifPresent(message -> found.put(key, message));
    }
    return found;
  }

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
   * Takes up to {@code limit} outbound messages of one kind that are due (queued and past their
   * next attempt, or sending under a lapsed lease), oldest due first, and moves them to SENDING
   * with one attempt more, a lease until {@code now + lease} and a new claim token. Messages
   * claimed by another dispatcher are skipped, not waited for.
   */
  List<Claim> claimDue(Instant now, MessageKind kind, int limit, Duration lease);

  /**
   * Right before a send: if the claim still holds, records {@code now} as the time of an attempt
   * whose outcome is not known yet and extends the lease to {@code leaseUntil}.
   *
   * @return false, changing nothing, when the claim was lost
   */
  boolean startAttempt(Claim claim, Instant now, Instant leaseUntil);

  /**
   * Writes the outcome of a dispatch and ends the claim, if the claim still holds.
   *
   * @param attemptedAt the time of an attempt whose outcome is still unknown, or null
   * @return false, changing nothing, when the claim was lost
   */
  boolean release(Claim claim, Message next, Instant attemptedAt);

  /**
   * Locks and returns an outbound message that Flowroute's id is not recorded on yet and that is
   * not final (QUEUED or SENDING), so that a receipt naming it can settle it; empty otherwise.
   */
  Optional<Message> lockUnsent(MessageId id);

  /**
   * Locks and returns an outbound message that no send of may have reached the carrier: QUEUED or
   * SENDING (claimed, its send not begun) with no attempt outstanding whose outcome is unknown;
   * empty otherwise. Saving it changed ({@link #update}) ends any claim on it, so a dispatcher that
   * claimed it sends nothing (its {@link #startAttempt} fails); a dispatcher that began its send
   * first leaves nothing to lock here.
   */
  Optional<Message> lockCancelable(MessageId id);

  /**
   * One of our outbound messages created since {@code since} that has no Flowroute id yet, with
   * this sender, recipient and text (null matches no text): a send whose outcome we never learned,
   * which a carrier record may belong to.
   */
  Optional<Message> unidentifiedLike(PhoneAddress from, E164Number to, String body, Instant since);

  /**
   * Up to {@code limit} of our messages still SENT that were last changed between {@code since} and
   * {@code before}, oldest first: messages whose final receipt never came.
   */
  List<Message> sentBetween(Instant since, Instant before, int limit);
}
