package dev.switchboard.api.dispatch;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the dispatcher that sends queued messages to Flowroute. */
@ConfigMapping(prefix = "switchboard.dispatcher")
public interface DispatcherConfig {

  /** Whether this replica sends queued messages. */
  @WithDefault("true")
  boolean enabled();

  /** Threads sending at the same time; they share one rate limit. */
  @WithDefault("4")
  int workers();

  /** Messages one worker claims at a time. */
  @WithDefault("5")
  int batchSize();

  /** How long an idle worker waits before looking for due messages again. */
  @WithDefault("100ms")
  Duration pollInterval();

  /** How long a claimed message is reserved before another replica may settle it. */
  @WithDefault("60s")
  Duration lease();

  /** Flowroute's account rate for SMS (per access key), all replicas together. */
  @WithDefault("5")
  double smsPerSecond();

  /**
   * Flowroute's account rate for MMS (per access key), all replicas together, counted apart from
   * the SMS rate.
   */
  @WithDefault("1")
  double mmsPerSecond();

  Retry retry();

  /** Back-off of transient failures (timeouts, 5xx, 429). */
  interface Retry {
    /** Attempts in all, the first included, before a message is FAILED. */
    @WithDefault("10")
    int maxAttempts();

    @WithDefault("1s")
    Duration initialDelay();

    @WithDefault("5m")
    Duration maxDelay();

    @WithDefault("2")
    double multiplier();

    /** Share of each delay that is random (0 to 1). */
    @WithDefault("0.5")
    double jitter();
  }
}
