package dev.switchboard.domain.messaging.port.out;

import dev.switchboard.domain.messaging.DeliveryReceipt;
import dev.switchboard.domain.messaging.MessageId;
import java.util.List;
import java.util.Optional;

/** Port: every delivery receipt we were sent, matched to its message when we know it. */
public interface DeliveryReceipts {

  /**
   * Serialises all work on one Flowroute id until the current transaction ends, so that a receipt
   * arriving while its message is being marked SENT is neither lost nor applied twice.
   */
  void lock(String flowrouteId);

  void add(DeliveryReceipt receipt, Optional<MessageId> message);

  /** Receipts that arrived before we knew which message the Flowroute id belongs to. */
  List<DeliveryReceipt> unmatched(String flowrouteId);

  /** Ties the receipts of a Flowroute id to our message. */
  void match(String flowrouteId, MessageId message);

  List<DeliveryReceipt> of(MessageId message);
}
