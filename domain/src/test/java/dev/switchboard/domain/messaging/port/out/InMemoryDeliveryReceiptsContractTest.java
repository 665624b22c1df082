package dev.switchboard.domain.messaging.port.out;

import dev.switchboard.domain.messaging.MessageId;
import dev.switchboard.domain.shared.port.out.StoreHarness;
import java.util.UUID;

/** The in-memory record of delivery receipts keeps the port's contract. */
class InMemoryDeliveryReceiptsContractTest extends DeliveryReceiptsContract {

  private final InMemoryDeliveryReceipts receipts = new InMemoryDeliveryReceipts();

  @Override
  protected DeliveryReceipts receipts() {
    return receipts;
  }

  @Override
  protected MessageId aRecordedMessage() {
    return new MessageId(UUID.randomUUID());
  }

  @Override
  protected StoreHarness harness() {
    return StoreHarness.IN_MEMORY;
  }
}
