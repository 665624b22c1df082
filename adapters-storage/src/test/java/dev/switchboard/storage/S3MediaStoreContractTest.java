package dev.switchboard.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.messaging.media.MediaBytes;
import dev.switchboard.domain.messaging.media.MediaFetchException;
import dev.switchboard.domain.messaging.port.out.MediaStore;
import dev.switchboard.domain.messaging.port.out.MediaStoreContract;
import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The S3 adapter keeps the storage contract against a real S3-compatible server: S3Proxy, started
 * as a child process from its jar (copied by the build) with its filesystem backend.
 */
class S3MediaStoreContractTest extends MediaStoreContract {

  private static S3ProxyServer server;
  private static S3MediaStore store;

  @BeforeAll
  static void startServer() throws Exception {
    server = S3ProxyServer.start();
    store = S3MediaStore.connect(server.settings("switchboard-media"));
    store.ensureBucket();
  }

  @AfterAll
  static void stopServer() {
    if (store != null) {
      store.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @Override
  protected MediaStore store() {
    return store;
  }

  @Test
  void ensuring_the_bucket_twice_is_harmless() throws Exception {
    store.ensureBucket();
    store.put("inbound/twice/0", new MediaBytes("image/png", new byte[] {7}));
    assertThat(store.open("inbound/twice/0")).isPresent();
  }

  @Test
  void wrong_credentials_are_refused_in_our_words_without_the_secret() {
    S3Settings wrong =
        new S3Settings(
            server.endpoint(),
            "us-east-1",
            "switchboard-media",
            true,
            S3ProxyServer.IDENTITY,
            "not-the-secret-42");
    try (S3MediaStore intruder = S3MediaStore.connect(wrong)) {
      assertThatThrownBy(
              () -> intruder.put("inbound/x/0", new MediaBytes("image/png", new byte[] {1})))
          .isInstanceOf(MediaFetchException.class)
          .hasMessage("the S3 bucket could not be written")
          .hasMessageNotContaining("not-the-secret-42");
    }
    assertThat(wrong.toString()).doesNotContain("not-the-secret-42");
  }

  @Test
  void a_server_that_is_down_is_a_media_failure_not_a_crash() {
    S3Settings nowhere =
        new S3Settings(
            URI.create("http://127.0.0.1:1"),
            "us-east-1",
            "switchboard-media",
            true,
            S3ProxyServer.IDENTITY,
            S3ProxyServer.CREDENTIAL);
    try (S3MediaStore down = S3MediaStore.connect(nowhere)) {
      assertThatThrownBy(() -> down.open("inbound/x/0"))
          .isInstanceOf(MediaFetchException.class)
          .hasMessage("the S3 bucket could not be read");
    }
  }
}
