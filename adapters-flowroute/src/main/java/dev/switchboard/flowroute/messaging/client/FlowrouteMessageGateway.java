package dev.switchboard.flowroute.messaging.client;

import dev.switchboard.domain.messaging.Message;
import dev.switchboard.domain.messaging.port.out.MessageGateway;
import dev.switchboard.flowroute.http.FlowrouteJson;
import dev.switchboard.flowroute.messaging.webhook.WebhookUrls;
import java.time.Clock;
import java.time.Instant;

/**
 * Sends our messages through Flowroute Messages v2.1 and finds the ones it already took; chosen by
 * {@code switchboard.flowroute.messaging-api=v2.1} (the default, {@link MessageGatewaySelection}).
 */
public class FlowrouteMessageGateway implements MessageGateway {

  private final FlowrouteMessagesApi api;
  private final WebhookUrls webhooks;
  private final MessageRecords records;

  public FlowrouteMessageGateway(FlowrouteMessagesApi api, WebhookUrls webhooks, Clock clock) {
    this.api = api;
    this.webhooks = webhooks;
    this.records = new MessageRecords(api::list, webhooks, clock);
  }

  @Override
  public String send(Message message) {
    String envelope =
        FlowrouteJson.write(
            records.json(),
            SendMessageRequest.of(message, webhooks.dlrOf(message.id()).orElse(null)));
    return records.send(() -> api.send(envelope));
  }

  /**
   * Reads Flowroute's message records between {@code from} and {@code to} ({@code GET
   * /v2.1/messages} with {@code start_date}, {@code end_date}, {@code limit}, {@code offset}:
   * Flowroute reference §6.4; flowroute-sdk-v3-python {@code messages_controller.py}
   * look_up_a_set_of_messages) page by page, and returns every outbound record with our message's
   * from, to, body and kind.
   */
  @Override
  public Lookup findAccepted(Message message, Instant from, Instant to) {
    return records.find(message, from, to);
  }

  /** The cheapest authenticated request: the last minute's message records, at most one. */
  @Override
  public void probe() {
    records.probe();
  }
}
