package dev.switchboard.domain.messaging.media;

import dev.switchboard.domain.messaging.MessageId;
import java.net.URI;
import java.util.Objects;
import java.util.UUID;

/**
 * One inbound medium to copy, as a worker claimed it: the claim token fences every write-back, so a
 * worker whose lease lapsed and whose task was claimed again writes nothing.
 *
 * @param index the medium's position in the message's media, from 0
 * @param attempts copies tried so far, this one included
 */
public record MediaTask(MessageId messageId, int index, URI source, int attempts, UUID claim) {

  public MediaTask {
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(claim, "claim");
  }

  /** Where the copy goes in the store: one key per medium, so a repeated copy overwrites it. */
  public String storageKey() {
    return storageKey(messageId, index);
  }

  public static String storageKey(MessageId messageId, int index) {
    return "inbound/" + messageId + "/" + index;
  }
}
