package dev.switchboard.domain.messaging;

import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.ProblemType;
import dev.switchboard.domain.shared.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
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

  /** The newest {@code limit} messages, narrowed by whatever the builder is then told. */
  public static Builder newest(int limit) {
    return new Builder(limit);
  }

  /** Names each filter a query sets, where ten positional arguments would not. */
  public static final class Builder {
    private final int limit;
    private Optional<E164Number> number = Optional.empty();
    private Optional<E164Number> peer = Optional.empty();
    private Optional<Direction> direction = Optional.empty();
    private Optional<MessageStatus> status = Optional.empty();
    private Optional<Instant> since = Optional.empty();
    private Optional<Instant> until = Optional.empty();
    private Optional<MessageId> after = Optional.empty();
    private Optional<Boolean> foreign = Optional.empty();
    private Optional<String> text = Optional.empty();

    private Builder(int limit) {
      this.limit = limit;
    }

    public Builder involving(E164Number number) {
      this.number = Optional.of(number);
      return this;
    }

    public Builder with(E164Number peer) {
      this.peer = Optional.of(peer);
      return this;
    }

    public Builder direction(Direction direction) {
      this.direction = Optional.of(direction);
      return this;
    }

    public Builder status(MessageStatus status) {
      this.status = Optional.of(status);
      return this;
    }

    public Builder since(Instant since) {
      this.since = Optional.of(since);
      return this;
    }

    public Builder until(Instant until) {
      this.until = Optional.of(until);
      return this;
    }

    public Builder after(MessageId last) {
      this.after = Optional.of(last);
      return this;
    }

    /** A page's cursor, which the first page has not. */
    public Builder after(Optional<MessageId> last) {
      this.after = Objects.requireNonNull(last, "last");
      return this;
    }

    public Builder foreign(boolean foreign) {
      this.foreign = Optional.of(foreign);
      return this;
    }

    public Builder containing(String text) {
      this.text = Optional.of(text);
      return this;
    }

    /** The query, checked by the record's constructor like any other. */
    public MessageQuery build() {
      return new MessageQuery(
          number, peer, direction, status, since, until, after, limit, foreign, text);
    }
  }
}
