package dev.switchboard.domain.messaging.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.messaging.media.MediaBytes;
import dev.switchboard.domain.messaging.media.MediaContent;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * What every {@link MediaStore} keeps to: bytes and content type come back as stored, a key can be
 * stored again (a repeated copy), and a key never stored is empty. The in-memory fake, the
 * filesystem and the S3 adapters run it.
 */
public abstract class MediaStoreContract {

  /** A store with nothing under the keys the tests use. */
  protected abstract MediaStore store();

  private static byte[] bytes(int size, long seed) {
    byte[] content = new byte[size];
    new Random(seed).nextBytes(content);
    return content;
  }

  private static MediaBytes read(MediaStore store, String key) throws Exception {
    Optional<MediaContent> opened = store.open(key);
    assertThat(opened).as("content under " + key).isPresent();
    try (MediaContent content = opened.get()) {
      return new MediaBytes(content.contentType(), content.stream().readAllBytes());
    }
  }

  @Test
  void a_stored_medium_comes_back_with_its_bytes_type_and_length() throws Exception {
    MediaStore store = store();
    byte[] png = bytes(70_001, 1);
    store.put("inbound/m-1/0", new MediaBytes("image/png", png));

    try (MediaContent content = store.open("inbound/m-1/0").orElseThrow()) {
      assertThat(content.contentType()).isEqualTo("image/png");
      assertThat(content.length()).isEqualTo(png.length);
      assertThat(content.stream().readAllBytes()).isEqualTo(png);
    }
  }

  @Test
  void storing_a_key_again_replaces_it() throws Exception {
    MediaStore store = store();
    store.put("inbound/m-2/0", new MediaBytes("image/gif", bytes(10, 2)));
    byte[] second = "second copy".getBytes(StandardCharsets.UTF_8);
    store.put("inbound/m-2/0", new MediaBytes("text/plain", second));

    MediaBytes back = read(store, "inbound/m-2/0");
    assertThat(back.contentType()).isEqualTo("text/plain");
    assertThat(back.content()).isEqualTo(second);
  }

  @Test
  void media_of_one_message_are_kept_apart() throws Exception {
    MediaStore store = store();
    store.put("inbound/m-3/0", new MediaBytes("image/png", bytes(100, 3)));
    store.put("inbound/m-3/1", new MediaBytes("video/mp4", bytes(200, 4)));

    assertThat(read(store, "inbound/m-3/0").content()).isEqualTo(bytes(100, 3));
    assertThat(read(store, "inbound/m-3/1").contentType()).isEqualTo("video/mp4");
  }

  @Test
  void an_empty_medium_is_kept_too() throws Exception {
    MediaStore store = store();
    store.put("inbound/m-4/0", new MediaBytes("application/smil", new byte[0]));

    assertThat(read(store, "inbound/m-4/0").content()).isEmpty();
  }

  @Test
  void a_key_never_stored_is_empty() throws Exception {
    assertThat(store().open("inbound/never/0")).isEmpty();
  }
}
