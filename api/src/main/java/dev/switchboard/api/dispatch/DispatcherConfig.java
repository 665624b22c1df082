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

  /** Threads sending SMS at the same time; they share the SMS rate. */
  @WithDefault("4")
  int workers();

  /** Threads sending MMS at the same time; they share the MMS rate (claimed apart from SMS). */
  @WithDefault("1")
  int mmsWorkers();

  /**
   * The most messages one worker claims at a time; fewer when its kind's rate could not send them
   * all within half the lease.
   */
  @WithDefault("5")
  int batchSize();

  /** How long an idle worker waits before looking for due messages again. */
  @WithDefault("100ms")
  Duration pollInterval();

  /** How long a claimed message is reserved before another replica may settle it. */
  @WithDefault("60s")
  Duration lease();

  /**
   * How long after a send whose outcome is unknown (a timeout, a 5xx) its first lookup in
   * Flowroute's message records waits: Flowroute lists a new record only after a few seconds.
   */
  @WithDefault("20s")
  Duration uncertainGrace();

  /**
   * How long after such a send lookups must keep finding nothing before the message is sent again.
   */
  @WithDefault("5m")
  Duration settleTime();

  /** The time between two lookups of a message still uncertain. */
  @WithDefault("30s")
  Duration lookupInterval();

  /** The longest {@code Retry-After} of a 429 or a 5xx that is honoured. */
  @WithDefault("60s")
  Duration retryAfterCap();

  /** While Flowroute refuses the account (401/403), how often a cheap request checks it again. */
  @WithDefault("30s")
  Duration probeInterval();

  /**
   * On shutdown, how long sends in flight may take to finish; what is not sent by then is handed
   * back to the queue.
   */
  @WithDefault("10s")
  Duration shutdownGrace();

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
