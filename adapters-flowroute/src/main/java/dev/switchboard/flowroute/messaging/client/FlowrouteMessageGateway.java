package dev.switchboard.flowroute.messaging.client;

import dev.switchboard.domain.messaging.Message;
import dev.switchboard.flowroute.messaging.webhook.WebhookUrls;
import java.time.Clock;

/**
 * Sends our messages through Flowroute Messages v2.1 and finds the ones it already took; chosen by
 * {@code switchboard.flowroute.messaging-api=v2.1} (the default, {@link MessageGatewaySelection}).
 */
public class FlowrouteMessageGateway extends MessageRecordsGateway {

  private final FlowrouteMessagesApi api;
  private final WebhookUrls webhooks;

  public FlowrouteMessageGateway(FlowrouteMessagesApi api, WebhookUrls webhooks, Clock clock) {
    super(new MessageRecords(api::list, webhooks, clock));
    this.api = api;
    this.webhooks = webhooks;
  }

  @Override
  public String send(Message message) {
    SendMessageRequest envelope =
        SendMessageRequest.of(message, webhooks.dlrOf(message.id()).orElse(null));
    return records.send(() -> api.send(envelope));
  }
}
