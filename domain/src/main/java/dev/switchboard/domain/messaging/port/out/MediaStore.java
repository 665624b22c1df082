package dev.switchboard.domain.messaging.port.out;

import dev.switchboard.domain.messaging.media.MediaBytes;
import dev.switchboard.domain.messaging.media.MediaContent;
import dev.switchboard.domain.messaging.media.MediaFetchException;
import java.util.Optional;

/** Port: our object storage for the copies of inbound media (a directory, an S3 bucket). */
public interface MediaStore {

  /** Stores a medium under a key, replacing what the key held (a repeated copy is harmless). */
  void put(String key, MediaBytes medium) throws MediaFetchException;

  /** Opens a stored medium for reading; empty when the key holds nothing. */
  Optional<MediaContent> open(String key) throws MediaFetchException;
}
