package dev.switchboard.domain.messaging.port.out;

import dev.switchboard.domain.messaging.MessageId;
import java.util.UUID;
import java.util.function.Supplier;

/** The in-memory record of delivery receipts keeps the port's contract. */
class InMemoryDeliveryReceiptsContractTest extends DeliveryReceiptsContract {

  private InMemoryDeliveryReceipts receipts = new InMemoryDeliveryReceipts();

  @Override
  protected DeliveryReceipts receipts() {
    return receipts;
  }

  @Override
  protected MessageId aRecordedMessage() {
    return new MessageId(UUID.randomUUID());
  }

  @Override
  protected <T> T inTransaction(Supplier<T> work) {
    return work.get();
  }

  @Override
  protected void empty() {
    receipts = new InMemoryDeliveryReceipts();
  }
}
