package dev.switchboard.api.messages;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long an Idempotency-Key names its message. */
@ConfigMapping(prefix = "switchboard.messages")
public interface IdempotencyConfig {

  /**
   * After this long (from the message's creation) the same caller's same key makes a new message;
   * 24 hours, as Stripe keeps its keys.
   */
  @WithDefault("24h")
  Duration idempotencyKeyTtl();
}
