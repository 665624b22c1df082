package dev.switchboard.domain.messaging.port.out;

import dev.switchboard.domain.messaging.Senders;
import dev.switchboard.domain.messaging.usecase.SeparateSendChecks;
import dev.switchboard.domain.numbers.port.out.InMemoryNumberInventory;
import dev.switchboard.domain.numbers.port.out.NumberInventory;
import dev.switchboard.domain.shared.port.out.StoreHarness;

/** The checks read through in-memory messages, inventory and opt-outs keep the port's contract. */
class SeparateSendChecksContractTest extends SendChecksContract {

  private final InMemoryMessages messages = new InMemoryMessages();
  private final InMemoryNumberInventory inventory = new InMemoryNumberInventory();
  private final InMemoryOptOuts optOuts = new InMemoryOptOuts();
  private final SeparateSendChecks checks =
      new SeparateSendChecks(messages, new Senders(inventory), optOuts);

  @Override
  protected SendChecks checks() {
    return checks;
  }

  @Override
  protected Messages messages() {
    return messages;
  }

  @Override
  protected NumberInventory inventory() {
    return inventory;
  }

  @Override
  protected OptOuts optOuts() {
    return optOuts;
  }

  @Override
  protected StoreHarness harness() {
    return StoreHarness.IN_MEMORY;
  }
}
