package dev.switchboard.domain.messaging;

import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.ProblemType;
import dev.switchboard.domain.shared.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A filter over the record of messages, newest first.
 *
 * @param number messages from or to this number
 * @param peer with {@code number}: only the conversation between the two; alone: messages from or
 *     to this number, in a bounded window
 * @param after the keyset cursor: only messages older than this one
 * @param foreign only foreign messages (true), only ours (false), or both (empty)
 * @param text only messages whose text contains this, ignoring case, in a bounded window
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
    Optional<Boolean> foreign,
    Optional<String> text) {

  public static final int MAX_LIMIT = 200;

  /**
   * The widest window a search by text or by a peer alone may cover: neither has an index, so such
   * a search reads every message of its window, and the window keeps that cheap.
   */
  public static final Duration MAX_SEARCH_WINDOW = Duration.ofDays(7);

  /** The longest text searched for. */
  public static final int MAX_TEXT = 160;

  /** A filter without a text search. */
  public MessageQuery(
      Optional<E164Number> number,
      Optional<E164Number> peer,
      Optional<Direction> direction,
      Optional<MessageStatus> status,
      Optional<Instant> since,
      Optional<Instant> until,
      Optional<MessageId> after,
      int limit,
      Optional<Boolean> foreign) {
    this(number, peer, direction, status, since, until, after, limit, foreign, Optional.empty());
  }

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
    this(
        number,
        peer,
        direction,
        status,
        since,
        until,
        after,
        limit,
        Optional.empty(),
        Optional.empty());
  }

  public MessageQuery {
    foreign = foreign == null ? Optional.empty() : foreign;
    text = text == null ? Optional.empty() : text.filter(t -> !t.isBlank());
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new ValidationException(
          ProblemType.INVALID_LIMIT, "limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
    }
    if (since.isPresent() && until.isPresent() && since.get().isAfter(until.get())) {
      throw new ValidationException(ProblemType.INVALID_FILTER, "since must not be after until");
    }
    if (text.isPresent() && text.get().length() > MAX_TEXT) {
      throw new ValidationException(
          ProblemType.INVALID_FILTER,
          "the text searched for is at most " + MAX_TEXT + " characters");
    }
    // The fields are not assigned yet in a compact constructor: searches() is spelled out here.
    boolean searches = text.isPresent() || (peer.isPresent() && number.isEmpty());
    if (searches
        && (since.isEmpty()
            || until.isEmpty()
            || Duration.between(since.get(), until.get()).compareTo(MAX_SEARCH_WINDOW) > 0)) {
      throw new ValidationException(
          ProblemType.INVALID_FILTER,
          "a search by text or by a peer without our number needs since and until at most "
              + MAX_SEARCH_WINDOW.toDays()
              + " days apart");
    }
  }

  /**
   * Whether this reads every message of its window rather than an index's range: a text, or a peer
   * without our number.
   */
  public boolean searches() {
    return text.isPresent() || (peer.isPresent() && number.isEmpty());
  }
}
