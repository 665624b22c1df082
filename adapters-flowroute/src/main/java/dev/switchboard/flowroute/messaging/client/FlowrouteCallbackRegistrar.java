package dev.switchboard.flowroute.messaging.client;

import dev.switchboard.flowroute.http.FlowrouteHttpException;
import dev.switchboard.flowroute.messaging.config.MessagingApiConfig;
import dev.switchboard.flowroute.messaging.config.MessagingApiConfig.MessagingApi;
import dev.switchboard.flowroute.messaging.webhook.WebhookConfig;
import dev.switchboard.flowroute.messaging.webhook.WebhookUrls;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Points the account's Flowroute callbacks (inbound SMS/MMS, receipts) at our webhooks, through
 * Messages v2.1's account callback API (§6.5). Messages v2 has no such API (its callbacks are set
 * in Flowroute's portal), so a deployment on v2 registers nothing and says so once at start.
 */
@ApplicationScoped
public class FlowrouteCallbackRegistrar {

  private static final Logger LOG = Logger.getLogger(FlowrouteCallbackRegistrar.class);

  private final FlowrouteMessagesApi api;
  private final WebhookUrls urls;
  private final boolean enabled;

  private final boolean legacyMessagingApi;

  @Inject
  public FlowrouteCallbackRegistrar(
      @RestClient FlowrouteMessagesApi api, WebhookConfig config, MessagingApiConfig messaging) {
    this(
        api,
        WebhookUrls.of(config),
        config.registerCallbacks(),
        messaging.messagingApi() == MessagingApi.V2);
  }

  public FlowrouteCallbackRegistrar(FlowrouteMessagesApi api, WebhookUrls urls, boolean enabled) {
    this(api, urls, enabled, false);
  }

  private FlowrouteCallbackRegistrar(
      FlowrouteMessagesApi api, WebhookUrls urls, boolean enabled, boolean legacyMessagingApi) {
    this.api = api;
    this.urls = urls;
    this.enabled = enabled;
    this.legacyMessagingApi = legacyMessagingApi;
  }

  /**
   * Registers on a thread of its own: readiness does not depend on it (a failure is only logged),
   * and four round trips to Flowroute would otherwise delay the start of every replica.
   */
  void onStart(@Observes StartupEvent event) {
    if (enabled && urls.configured() && legacyMessagingApi) {
      LOG.infof(
          "Flowroute Messages v2 has no API for the account's callbacks: set the SMS callback in"
              + " Flowroute's portal (Preferences > API Control) to %s (the secret shown as ****)",
          urls.redact(urls.sms().orElseThrow()));
      return;
    }
    if (!wanted()) {
      return;
    }
    Thread registration = new Thread(this::register, "switchboard-flowroute-callbacks");
    registration.setDaemon(true);
    registration.start();
  }

  /**
   * Sets the four callbacks; a failure is logged once and start-up goes on, since Flowroute may
   * simply be down and its settings from last time still hold.
   *
   * @return whether all four callbacks were set
   */
  public boolean register() {
    if (!wanted()) {
      return false;
    }
    for (Map.Entry<String, Optional<String>> callback : callbacks().entrySet()) {
      CallbackUrlRequest body = new CallbackUrlRequest(callback.getValue().orElseThrow());
      try {
        api.setCallback(callback.getKey(), body);
      } catch (RuntimeException e) {
        Optional<FlowrouteHttpException> refused = FlowrouteHttpException.in(e);
        if (refused.isPresent()) {
          LOG.warnf(
              "Flowroute refused the %s URL (HTTP %d); its callbacks are not updated",
              callback.getKey(), refused.get().status());
          return false;
        }
        LOG.warnf(
            "Could not set the Flowroute callbacks (%s); they are not updated",
            urls.redact(e.toString()));
        return false;
      }
    }
    LOG.infof("Flowroute callbacks point at %s", urls);
    return true;
  }

  /** Registration is on, and there is a public URL to register. */
  private boolean wanted() {
    return enabled && urls.configured() && !legacyMessagingApi;
  }

  private Map<String, Optional<String>> callbacks() {
    Map<String, Optional<String>> callbacks = new LinkedHashMap<>();
    callbacks.put("sms_callback", urls.sms());
    callbacks.put("mms_callback", urls.mms());
    callbacks.put("sms_dlr_callback", urls.dlr());
    callbacks.put("mms_dlr_callback", urls.dlr());
    return callbacks;
  }
}
