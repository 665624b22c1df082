package dev.switchboard.domain.messaging;

import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.ProblemType;
import dev.switchboard.domain.shared.ValidationException;
import java.time.Instant;
import java.util.Optional;

/**
 * A filter over the record of messages, newest first.
 *
 * @param number messages from or to this number
 * @param peer with {@code number}: only the conversation between the two
 * @param after the keyset cursor: only messages older than this one
 * @param foreign only foreign messages (true), only ours (false), or both (empty)
 */
public record MessageQuery(
    Optional<E164Number> number,
    Optional<E164Number> peer,
    Optional<Direction> direction,
    Optional<MessageStatus> status,
    Optional<Instant> since,
    Optional<Instant> until,
    Optional<MessageId> after,
    int limit,
    Optional<Boolean> foreign) {

  public static final int MAX_LIMIT = 200;

  /** A filter over ours and foreign messages alike. */
  public MessageQuery(
      Optional<E164Number> number,
      Optional<E164Number> peer,
      Optional<Direction> direction,
      Optional<MessageStatus> status,
      Optional<Instant> since,
      Optional<Instant> until,
      Optional<MessageId> after,
      int limit) {
    this(number, peer, direction, status, since, until, after, limit, Optional.empty());
  }

  public MessageQuery {
    foreign = foreign == null ? Optional.empty() : foreign;
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new ValidationException(
          ProblemType.INVALID_LIMIT, "limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
    }
    if (peer.isPresent() && number.isEmpty()) {
      throw new ValidationException(
          ProblemType.INVALID_FILTER, "peer needs number (a conversation)");
    }
    if (since.isPresent() && until.isPresent() && since.get().isAfter(until.get())) {
      throw new ValidationException(ProblemType.INVALID_FILTER, "since must not be after until");
    }
  }
}
