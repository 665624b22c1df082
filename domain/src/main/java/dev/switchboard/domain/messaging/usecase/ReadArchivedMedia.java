package dev.switchboard.domain.messaging.usecase;

import dev.switchboard.domain.messaging.Media;
import dev.switchboard.domain.messaging.Message;
import dev.switchboard.domain.messaging.MessageId;
import dev.switchboard.domain.messaging.media.ArchiveState;
import dev.switchboard.domain.messaging.media.MediaContent;
import dev.switchboard.domain.messaging.media.MediaFetchException;
import dev.switchboard.domain.messaging.media.MediaNotArchivedException;
import dev.switchboard.domain.messaging.media.MediaUnavailableException;
import dev.switchboard.domain.messaging.port.out.MediaArchive;
import dev.switchboard.domain.messaging.port.out.MediaStore;
import dev.switchboard.domain.messaging.port.out.Messages;
import dev.switchboard.domain.shared.NotFoundException;
import dev.switchboard.domain.shared.ProblemType;
import java.time.Duration;

/**
 * Use case: our copy of one medium of an inbound message, opened for reading. A medium not copied
 * yet is a conflict (try again shortly), never a redirect to Flowroute's temporary link.
 */
public final class ReadArchivedMedia {

  /** When a caller may look again for a copy being made, or for storage that failed. */
  private static final Duration RETRY_AFTER = Duration.ofSeconds(5);

  private final Messages messages;
  private final MediaArchive archive;
  private final MediaStore store;

  public ReadArchivedMedia(Messages messages, MediaArchive archive, MediaStore store) {
    this.messages = messages;
    this.archive = archive;
    this.store = store;
  }

  /** The caller closes the content. */
  public MediaContent open(MessageId id, int index) {
    Message message =
        messages
            .byId(id)
            .orElseThrow(
                () -> new NotFoundException(ProblemType.MESSAGE_NOT_FOUND, "no message " + id));
    if (index < 0 || index >= message.media().size()) {
      throw new NotFoundException(
          ProblemType.MEDIA_NOT_FOUND,
          "message "
              + id
              + " has "
              + message.media().size()
              + " media; there is no medium "
              + index);
    }
    Media medium = message.media().get(index);
    if (medium.archived() == null) {
      ArchiveState state =
          archive
              .state(id, index)
              .orElseThrow(
                  () ->
                      new NotFoundException(
                          ProblemType.MEDIA_NOT_FOUND,
                          "medium "
                              + index
                              + " of message "
                              + id
                              + " is not kept by us: only the media of inbound messages are"));
      if (state == ArchiveState.FAILED) {
        throw new MediaNotArchivedException(
            "medium " + index + " of message " + id + " could not be copied from Flowroute", null);
      }
      throw new MediaNotArchivedException(
          "medium "
              + index
              + " of message "
              + id
              + " is still being copied from Flowroute; try again in a few seconds",
          RETRY_AFTER);
    }
    try {
      return store
          .open(medium.archived().key())
          .orElseThrow(
              () ->
                  new NotFoundException(
                      ProblemType.MEDIA_NOT_FOUND,
                      "our copy of medium " + index + " of message " + id + " is missing"));
    } catch (MediaFetchException e) {
      throw new MediaUnavailableException(
          "our media storage cannot be read now; try again shortly", RETRY_AFTER, e);
    }
  }
}
