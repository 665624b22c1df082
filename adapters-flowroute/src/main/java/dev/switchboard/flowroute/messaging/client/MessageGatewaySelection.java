package dev.switchboard.flowroute.messaging.client;

import dev.switchboard.domain.messaging.port.out.MessageGateway;
import dev.switchboard.domain.messaging.reconciliation.port.out.CarrierRecords;
import dev.switchboard.flowroute.messaging.config.MessagingApiConfig;
import dev.switchboard.flowroute.messaging.webhook.WebhookConfig;
import dev.switchboard.flowroute.messaging.webhook.WebhookUrls;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The one message gateway of this deployment: the adapter of the Messages API version that {@code
 * switchboard.flowroute.messaging-api} names. Only that version's REST client is built.
 */
@ApplicationScoped
public class MessageGatewaySelection {

  @Produces
  @Singleton
  MessageGateway messageGateway(
      MessagingApiConfig config,
      WebhookConfig webhooks,
      @RestClient Instance<FlowrouteMessagesApi> v21,
      @RestClient Instance<FlowrouteMessagesV2Api> v2) {
    WebhookUrls urls = WebhookUrls.of(webhooks);
    return switch (config.messagingApi()) {
      case V2_1 -> new FlowrouteMessageGateway(v21.get(), urls, Clock.systemUTC());
      case V2 -> new FlowrouteV2MessageGateway(v2.get(), urls, Clock.systemUTC());
    };
  }

  /** The message records of the same version, for the message reconciliation. */
  @Produces
  @Singleton
  CarrierRecords carrierRecords(
      MessagingApiConfig config,
      WebhookConfig webhooks,
      @RestClient Instance<FlowrouteMessagesApi> v21,
      @RestClient Instance<FlowrouteMessagesV2Api> v2) {
    WebhookUrls urls = WebhookUrls.of(webhooks);
    MessageRecords.Listing listing =
        switch (config.messagingApi()) {
          case V2_1 -> v21.get()::list;
          case V2 -> v2.get()::list;
        };
    return new FlowrouteMessageRecords(new MessageRecords(listing, urls, Clock.systemUTC()));
  }
}
