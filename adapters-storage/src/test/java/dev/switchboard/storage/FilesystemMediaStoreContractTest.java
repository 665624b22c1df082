package dev.switchboard.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.messaging.media.MediaBytes;
import dev.switchboard.domain.messaging.port.out.MediaStore;
import dev.switchboard.domain.messaging.port.out.MediaStoreContract;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local directory keeps the storage contract, and keys never leave it. */
class FilesystemMediaStoreContractTest extends MediaStoreContract {

  @TempDir Path directory;

  @Override
  protected MediaStore store() {
    return new FilesystemMediaStore(directory);
  }

  @Test
  void a_key_that_would_leave_the_directory_is_refused() {
    MediaStore store = store();
    for (String key : new String[] {"../escape", "/etc/passwd", "inbound/../../x", "a//b", ""}) {
      assertThatThrownBy(() -> store.put(key, new MediaBytes("text/plain", new byte[1])))
          .as(key)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void no_temporary_file_is_left_behind() throws Exception {
    store().put("inbound/m/0", new MediaBytes("image/png", new byte[] {1, 2, 3}));

    try (var files = Files.walk(directory)) {
      assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("0", "0.type");
    }
  }
}
