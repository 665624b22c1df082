package dev.switchboard.domain.numbers.usecase;

import dev.switchboard.domain.events.port.out.Outbox;
import dev.switchboard.domain.numbers.NumberEvents;
import dev.switchboard.domain.numbers.OwnedNumber;
import dev.switchboard.domain.numbers.ProviderResult;
import dev.switchboard.domain.numbers.port.out.NumberInventory;
import dev.switchboard.domain.numbers.port.out.NumberProvider;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.port.out.UnitOfWork;
import java.time.Clock;
import java.util.Optional;

/**
 * Use case: buy a number from the provider, then record it and tell it. A number already ours is
 * not bought again (a repeated request): it is returned as it is. A partial success (bought, but
 * messaging not enabled) is recorded as what the provider reports and returned as such.
 */
public final class PurchaseNumber {

  /**
   * What a purchase did.
   *
   * @param alreadyOurs the number was on the account before: nothing was bought
   */
  public record Outcome(ProviderResult result, boolean alreadyOurs) {}

  private final NumberProvider provider;
  private final NumberInventory inventory;
  private final NumberEvents events;
  private final NumberChanges changes;

  public PurchaseNumber(
      NumberProvider provider,
      NumberInventory inventory,
      Outbox outbox,
      NumberEvents events,
      UnitOfWork unitOfWork,
      Clock clock) {
    this.provider = provider;
    this.inventory = inventory;
    this.events = events;
    this.changes = new NumberChanges(inventory, outbox, unitOfWork, clock);
  }

  public Outcome purchase(E164Number number, boolean cnamLookups, boolean messaging) {
    Optional<OwnedNumber> owned = inventory.find(number);
    if (owned.isPresent()) {
      return new Outcome(new ProviderResult(owned.get(), Optional.empty()), true);
    }
    ProviderResult result = provider.purchase(number, cnamLookups, messaging);
    changes.record(result.number(), events::purchased);
    return new Outcome(result, false);
  }
}
