package dev.switchboard.domain.numbers.usecase;

import dev.switchboard.domain.events.port.out.Outbox;
import dev.switchboard.domain.numbers.NumberEvents;
import dev.switchboard.domain.numbers.ProviderResult;
import dev.switchboard.domain.numbers.port.out.NumberInventory;
import dev.switchboard.domain.numbers.port.out.NumberProvider;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.port.out.UnitOfWork;
import java.time.Clock;

/**
 * Use case: buy a number from the provider, then record it and tell it. A partial success (bought,
 * but messaging not enabled) is recorded as what the provider reports and returned as such.
 */
public final class PurchaseNumber {

  private final NumberProvider provider;
  private final NumberInventory inventory;
  private final Outbox outbox;
  private final NumberEvents events;
  private final UnitOfWork unitOfWork;
  private final Clock clock;

  public PurchaseNumber(
      NumberProvider provider,
      NumberInventory inventory,
      Outbox outbox,
      NumberEvents events,
      UnitOfWork unitOfWork,
      Clock clock) {
    this.provider = provider;
    this.inventory = inventory;
    this.outbox = outbox;
    this.events = events;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
  }

  public ProviderResult purchase(E164Number number, boolean cnamLookups, boolean messaging) {
    ProviderResult result = provider.purchase(number, cnamLookups, messaging);
    unitOfWork.run(
        () -> {
          inventory.save(result.number());
          outbox.append(events.purchased(result.number(), clock.instant()));
        });
    return result;
  }
}
