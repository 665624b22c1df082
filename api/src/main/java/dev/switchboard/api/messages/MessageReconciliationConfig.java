package dev.switchboard.api.messages;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** When and how far back our messages are compared with Flowroute's message records. */
@ConfigMapping(prefix = "switchboard.message-reconciliation")
public interface MessageReconciliationConfig {

  /** Whether this replica reconciles on a schedule (the endpoint works either way). */
  @WithDefault("true")
  boolean enabled();

  /** Time between two scheduled runs in the cluster. */
  @WithDefault("15m")
  Duration interval();

  /** Time from start-up to the first scheduled run. */
  @WithDefault("30s")
  Duration initialDelay();

  /**
   * How far back each run reads the records; much longer than the interval, so that consecutive
   * windows overlap and a record missed once (Flowroute slow to list it) is read again.
   */
  @WithDefault("24h")
  Duration window();

  /**
   * How long a SENT message may wait for its final receipt, and an unknown record for our send to
   * record its id, before the reconciliation acts on them.
   */
  @WithDefault("15m")
  Duration grace();

  /** Records asked for per page of Flowroute's listing (it documents no maximum). */
  @WithDefault("200")
  int pageSize();
}
