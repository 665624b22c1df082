package dev.switchboard.flowroute.messaging.client;

import dev.switchboard.domain.messaging.CarrierException;
import dev.switchboard.domain.messaging.Message;
import dev.switchboard.flowroute.messaging.webhook.WebhookUrls;
import java.time.Clock;

/**
 * Sends our text messages through Flowroute's legacy Messages v2 ({@code POST /v2/messages},
 * answered 200 with an {@code mdr1-} id; reference §8.1) and finds the ones it already took in its
 * v2 message records; chosen by {@code switchboard.flowroute.messaging-api=v2} ({@link
 * MessageGatewaySelection}). v2 sends SMS only and documents no delivery receipts, so a message
 * sent here stays {@code SENT}.
 */
public class FlowrouteV2MessageGateway extends MessageRecordsGateway {

  /** The failure code of an MMS that reached this gateway (queued before v2 was chosen). */
  public static final String CODE_MMS_NOT_AVAILABLE = "mms-not-available";

  private final FlowrouteMessagesV2Api api;

  public FlowrouteV2MessageGateway(FlowrouteMessagesV2Api api, WebhookUrls webhooks, Clock clock) {
    super(new MessageRecords(api::list, webhooks, clock));
    this.api = api;
  }

  /**
   * Sends an SMS. An MMS is never sent as its bare text: acceptance refuses media on v2, and one
   * queued earlier (under v2.1) fails here for good instead.
   */
  @Override
  public String send(Message message) {
    if (message.isMms()) {
      throw new CarrierException(
          CarrierException.Kind.PERMANENT,
          CODE_MMS_NOT_AVAILABLE,
          "MMS is not available with Flowroute Messages v2 (SMS only); the message was not sent");
    }
    SendMessageV2Request body = SendMessageV2Request.of(message);
    return records.send(() -> api.send(body));
  }

  @Override
  public boolean sendsMms() {
    return false;
  }
}
