package dev.switchboard.domain.messaging.port.out;

import dev.switchboard.domain.messaging.DeliveryReceipt;
import dev.switchboard.domain.messaging.MessageId;
import java.util.List;
import java.util.Optional;

/**
 * A record of delivery receipts in which no receipt ever waits for its message: it keeps nothing,
 * for tests where early receipts play no part (a subclass may watch what is added).
 */
public class NoEarlyReceipts implements DeliveryReceipts {

  @Override
  public void lock(String flowrouteId) {}

  @Override
  public void add(DeliveryReceipt receipt, Optional<MessageId> message) {}

  @Override
  public List<DeliveryReceipt> unmatched(String flowrouteId) {
    return List.of();
  }

  @Override
  public void match(String flowrouteId, MessageId message) {}

  @Override
  public List<DeliveryReceipt> of(MessageId message) {
    return List.of();
  }
}
