package dev.switchboard.persistence.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long the application waits for PostgreSQL. */
@ConfigMapping(prefix = "switchboard.database")
public interface DatabaseConfig {

  /**
   * The longest a pooled connection waits for one answer of the server (a client-side socket
   * timeout): past it the statement fails, its connection is dropped, and a request is answered 503
   * database-unavailable. It is what bounds a request on a database that hangs (a frozen server
   * keeps its connections open and answers nothing). Long work takes its connection without it: see
   * {@link ReadTimeout#lift}.
   */
  @WithDefault("2s")
  Duration readTimeout();
}
