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
 */
public record MessageQuery(
    Optional<E164Number> number,
    Optional<E164Number> peer,
    Optional<Direction> direction,
    Optional<MessageStatus> status,
    Optional<Instant> since,
    Optional<Instant> until,
    Optional<MessageId> after,
    int limit) {

  public static final int MAX_LIMIT = 200;

  public MessageQuery {
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
