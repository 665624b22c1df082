package dev.switchboard.domain.messaging.media;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/** A stored medium opened for reading: its type, its length and its bytes as a stream to close. */
public record MediaContent(String contentType, long length, InputStream stream)
    implements AutoCloseable {

  public MediaContent {
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(stream, "stream");
  }

  @Override
  public void close() throws IOException {
    stream.close();
  }
}
