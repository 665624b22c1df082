package dev.switchboard.flowroute.messaging.client;

import dev.switchboard.domain.messaging.Message;
import dev.switchboard.domain.messaging.port.out.MessageGateway;
import java.time.Instant;

/**
 * What the Messages v2.1 and v2 gateways answer alike from Flowroute's message records: the lookup
 * of an uncertain send and the credential probe ({@link MessageRecords}).
 */
abstract class MessageRecordsGateway implements MessageGateway {

  protected final MessageRecords records;

  MessageRecordsGateway(MessageRecords records) {
    this.records = records;
  }

  /**
   * Reads the version's message records between {@code from} and {@code to} ({@code start_date},
   * {@code end_date}, {@code limit}, {@code offset}: reference §6.4 for {@code GET /v2.1/messages},
   * flowroute-sdk-v3-python {@code messages_controller.py} look_up_a_set_of_messages; §8.1 for
   * {@code GET /v2/messages}) page by page, and returns every outbound record with our message's
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
