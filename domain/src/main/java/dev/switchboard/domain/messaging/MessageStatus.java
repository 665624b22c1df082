package dev.switchboard.domain.messaging;

/**
 * The life of a message. Outbound messages only ever move forward (a late or repeated receipt never
 * moves one back); a final state is final. Inbound messages are {@link #RECEIVED}.
 */
public enum MessageStatus {
  ACCEPTED(0, false),
  QUEUED(1, false),
  SENDING(2, false),
  SENT(3, false),
  DELIVERED(4, true),
  FAILED(4, true),
  EXPIRED(4, true),
  REJECTED(4, true),
  /** Canceled by the caller before it was handed to the carrier. */
  CANCELED(4, true),
  RECEIVED(4, true);

  private final int rank;
  private final boolean terminal;

  MessageStatus(int rank, boolean terminal) {
    this.rank = rank;
    this.terminal = terminal;
  }

  public boolean isFinal() {
    return terminal;
  }

  /** Whether a message in this state may move to {@code next} without going backwards. */
  public boolean canAdvanceTo(MessageStatus next) {
    return !terminal && next != RECEIVED && next.rank > rank;
  }
}
