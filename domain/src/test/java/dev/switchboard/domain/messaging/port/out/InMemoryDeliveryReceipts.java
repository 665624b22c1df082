package dev.switchboard.domain.messaging.port.out;

import dev.switchboard.domain.messaging.DeliveryReceipt;
import dev.switchboard.domain.messaging.MessageId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The in-memory record of delivery receipts, for use-case tests; keeps {@link
 * DeliveryReceiptsContract}. Its lock does nothing: the tests run one thread.
 */
public final class InMemoryDeliveryReceipts implements DeliveryReceipts {

  private record Row(DeliveryReceipt receipt, MessageId message) {}

  private final List<Row> rows = new ArrayList<>();

  @Override
  public void lock(String flowrouteId) {}

  @Override
  public synchronized void add(DeliveryReceipt receipt, Optional<MessageId> message) {
    rows.add(new Row(receipt, message.orElse(null)));
  }

  @Override
  public synchronized List<DeliveryReceipt> unmatched(String flowrouteId) {
    return rows.stream()
        .filter(r -> r.message() == null && r.receipt().flowrouteId().equals(flowrouteId))
        .map(Row::receipt)
        .toList();
  }

  @Override
  public synchronized void match(String flowrouteId, MessageId message) {
    rows.replaceAll(
        r ->
            r.message() == null && r.receipt().flowrouteId().equals(flowrouteId)
                ? new Row(r.receipt(), message)
                : r);
  }

  @Override
  public synchronized List<DeliveryReceipt> of(MessageId message) {
    return rows.stream().filter(r -> message.equals(r.message())).map(Row::receipt).toList();
  }
}
