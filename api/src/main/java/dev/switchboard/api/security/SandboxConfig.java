package dev.switchboard.api.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Whether this process is the sandbox, where the sandbox's well-known credentials are allowed. */
@ConfigMapping(prefix = "switchboard.sandbox")
public interface SandboxConfig {

  /**
   * True only in the sandbox (its launcher, the tests and the dev profile set it): outside it the
   * application refuses to start with a sandbox credential or without a token audience.
   */
  @WithDefault("false")
  boolean enabled();
}
