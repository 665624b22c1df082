package dev.switchboard.api.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The largest request body we read, for the REST API and the webhooks alike. */
@ConfigMapping(prefix = "switchboard.http")
public interface BodyLimitConfig {

  /**
   * A body declared larger (Content-Length) is refused with a 413 problem before it is read. A send
   * with ten media URLs and 1,600 escaped characters is under 40 KiB; Flowroute's webhooks are
   * smaller still.
   */
  @WithDefault("256K")
  MemorySize maxBodySize();
}
