package dev.switchboard.flowroute.messaging.client;

import dev.switchboard.domain.messaging.CarrierException;
import dev.switchboard.domain.messaging.Message;
import dev.switchboard.domain.messaging.port.out.MessageGateway;
import dev.switchboard.flowroute.http.FlowrouteJson;
import dev.switchboard.flowroute.messaging.webhook.WebhookUrls;
import java.time.Clock;
import java.time.Instant;

/**
 * Sends our text messages through Flowroute's legacy Messages v2 ({@code POST /v2/messages},
 * answered 200 with an {@code mdr1-} id; reference §8.1) and finds the ones it already took in its
 * v2 message records; chosen by {@code switchboard.flowroute.messaging-api=v2} ({@link
 * MessageGatewaySelection}). v2 sends SMS only and documents no delivery receipts, so a message
 * sent here stays {@code SENT}.
 */
public class FlowrouteV2MessageGateway implements MessageGateway {

  /** The failure code of an MMS that reached this gateway (queued before v2 was chosen). */
  public static final String CODE_MMS_NOT_AVAILABLE = "mms-not-available";

  private final FlowrouteMessagesV2Api api;
  private final MessageRecords records;

  public FlowrouteV2MessageGateway(FlowrouteMessagesV2Api api, WebhookUrls webhooks, Clock clock) {
    this.api = api;
    this.records = new MessageRecords(api::list, webhooks, clock);
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
    String body = FlowrouteJson.write(records.json(), SendMessageV2Request.of(message));
    return records.send(() -> api.send(body));
  }

  /**
   * Reads Flowroute's v2 message records between {@code from} and {@code to} ({@code GET
   * /v2/messages} with {@code start_date}, {@code end_date}, {@code limit}, {@code offset}:
   * reference §8.1, [DOC messages/v2.0/look-up-set-of-messages]) page by page.
   */
  @Override
  public Lookup findAccepted(Message message, Instant from, Instant to) {
    return records.find(message, from, to);
  }

  /** The last minute's v2 message records, at most one. */
  @Override
  public void probe() {
    records.probe();
  }

  @Override
  public boolean sendsMms() {
    return false;
  }
}
