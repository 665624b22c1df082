package dev.switchboard.domain.messaging;

import dev.switchboard.domain.numbers.MessagingSource;
import java.util.Objects;

/** How a number in the inventory stands for sending texts: what {@link Senders} judges by. */
public record SenderStanding(boolean messagingEnabled, MessagingSource messagingSource) {

  public SenderStanding {
    Objects.requireNonNull(messagingSource, "messagingSource");
  }
}
