package dev.switchboard.api.media;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** How the media URLs of an MMS are checked when the message is accepted. */
@ConfigMapping(prefix = "switchboard.messages.media-check")
public interface MediaCheckConfig {

  /** Whether each media URL is fetched (HEAD, else a bounded GET) before the MMS is accepted. */
  @WithDefault("true")
  boolean enabled();

  /**
   * Hosts (exact names) and addresses or CIDR ranges ({@code 127.0.0.2/32}, {@code fd00::/8}) that
   * may be fetched although they are loopback, private or link-local: for tests and the sandbox.
   */
  Optional<List<String>> allow();

  /** Time to connect to a media server. */
  @WithDefault("2s")
  Duration connectTimeout();

  /** Time for the whole check of one URL, its redirects included. */
  @WithDefault("5s")
  Duration timeout();

  /** Redirects followed per URL, each hop checked like the first. */
  @WithDefault("3")
  int maxRedirects();

  /** Checks that run at once; more wait for a thread. */
  @WithDefault("16")
  int threads();
}
