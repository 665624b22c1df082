package dev.switchboard.domain.messaging;

import dev.switchboard.domain.shared.ProblemType;
import dev.switchboard.domain.shared.ValidationException;
import java.util.UUID;

/** Our own id of a message (Flowroute's {@code mdr2-} id is kept beside it). */
public record MessageId(UUID value) implements Comparable<MessageId> {

  public MessageId {
    if (value == null) {
      throw new ValidationException(ProblemType.INVALID_MESSAGE_ID, "a message id is required");
    }
  }

  public static MessageId parse(String raw) {
    try {
      return new MessageId(UUID.fromString(raw));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new ValidationException(
          ProblemType.INVALID_MESSAGE_ID, "'" + raw + "' is not a message id");
    }
  }

  @Override
  public int compareTo(MessageId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
