package dev.switchboard.api.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long verified bearer tokens are trusted without verifying their signature again. */
@ConfigMapping(prefix = "switchboard.security.token-cache")
public interface TokenCacheConfig {

  /**
   * How long a verified token is reused (never past its expiry); 0s verifies every request. A key
   * removed from the JWKS stops being honoured after at most this long.
   */
  @WithDefault("60s")
  Duration ttl();

  /** The most tokens kept at once. */
  @WithDefault("10000")
  int maxEntries();
}
