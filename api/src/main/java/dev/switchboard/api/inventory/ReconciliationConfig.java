package dev.switchboard.api.inventory;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** When the inventory is compared with Flowroute on its own. */
@ConfigMapping(prefix = "switchboard.reconciliation")
public interface ReconciliationConfig {

  /** Whether this replica reconciles on a schedule (the endpoint works either way). */
  @WithDefault("true")
  boolean enabled();

  /** Time between two scheduled runs. */
  @WithDefault("15m")
  Duration interval();

  /** Time from start-up to the first scheduled run. */
  @WithDefault("10s")
  Duration initialDelay();
}
