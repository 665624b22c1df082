package dev.switchboard.flowroute.messaging.webhook;

import dev.switchboard.flowroute.http.Secret;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Where and how Flowroute calls us back (inbound messages and delivery receipts). */
@ConfigMapping(prefix = "switchboard.webhooks")
public interface WebhookConfig {

  /** The path segment that proves a webhook call comes from someone Flowroute told our URL. */
  @WithDefault("sandbox-webhook-secret")
  Secret secret();

  /** The URL Flowroute reaches us at, e.g. http://127.0.0.1:8080; without it, no callbacks. */
  Optional<String> publicBaseUrl();

  /** Whether to set the account's callback URLs at Flowroute on start-up. */
  @WithDefault("true")
  boolean registerCallbacks();
}
