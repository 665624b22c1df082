package dev.switchboard.domain.messaging.port.out;

import dev.switchboard.domain.messaging.media.MediaBytes;
import dev.switchboard.domain.messaging.media.MediaFetchException;
import java.net.URI;

/** Port: fetches the original of an inbound medium from where Flowroute left it. */
public interface MediaSource {

  /**
   * The medium's bytes and type.
   *
   * @throws MediaFetchException when it cannot be had (unreachable, an error status, too large)
   */
  MediaBytes fetch(URI url) throws MediaFetchException;
}
