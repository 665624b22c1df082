package dev.switchboard.domain.messaging.port.out;

import dev.switchboard.domain.messaging.media.MediaBytes;
import dev.switchboard.domain.messaging.media.MediaContent;
import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Media storage in memory, for use-case tests; {@code MediaStoreContract} holds it to the port. */
public final class InMemoryMediaStore implements MediaStore {

  private final Map<String, MediaBytes> objects = new ConcurrentHashMap<>();

  @Override
  public void put(String key, MediaBytes medium) {
    objects.put(key, new MediaBytes(medium.contentType(), medium.content().clone()));
  }

  @Override
  public Optional<MediaContent> open(String key) {
    return Optional.ofNullable(objects.get(key))
        .map(
            m ->
                new MediaContent(m.contentType(), m.size(), new ByteArrayInputStream(m.content())));
  }

  public int size() {
    return objects.size();
  }
}
