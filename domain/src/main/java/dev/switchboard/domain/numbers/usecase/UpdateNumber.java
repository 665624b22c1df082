package dev.switchboard.domain.numbers.usecase;

import dev.switchboard.domain.events.port.out.Outbox;
import dev.switchboard.domain.numbers.CallbackKind;
import dev.switchboard.domain.numbers.NumberEvents;
import dev.switchboard.domain.numbers.NumberUpdate;
import dev.switchboard.domain.numbers.OwnedNumber;
import dev.switchboard.domain.numbers.ProviderResult;
import dev.switchboard.domain.numbers.port.out.NumberInventory;
import dev.switchboard.domain.numbers.port.out.NumberProvider;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.port.out.UnitOfWork;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/** Use case: change a number's alias, CNAM lookups, messaging, or its own messaging callbacks. */
public final class UpdateNumber {

  private final NumberProvider provider;
  private final NumberInventory inventory;
  private final NumberEvents events;
  private final NumberChanges changes;

  public UpdateNumber(
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

  public ProviderResult update(E164Number number, NumberUpdate update) {
    ProviderResult result = provider.update(number, update);
    OwnedNumber updated =
        inventory
            .find(number)
            .map(local -> result.number().keepingLocalStateOf(local))
            .orElse(result.number());
    changes.record(updated, events::updated);
    return new ProviderResult(updated, result.partialFailure());
  }

  /** Points one of the number's webhooks somewhere (an empty URL clears it). */
  public OwnedNumber setCallback(E164Number number, CallbackKind kind, Optional<String> url) {
    url.ifPresent(UpdateNumber::requireHttpUrl);
    provider.setCallback(number, kind, url.orElse(""));
    OwnedNumber current = inventory.find(number).orElseGet(() -> provider.details(number));
    Map<CallbackKind, String> callbacks = new java.util.EnumMap<>(CallbackKind.class);
    callbacks.putAll(current.callbacks());
    url.ifPresentOrElse(u -> callbacks.put(kind, u), () -> callbacks.remove(kind));
    return changes.record(current.withCallbacks(callbacks), events::updated);
  }

  private static void requireHttpUrl(String url) {
    try {
      java.net.URI uri = new java.net.URI(url);
      if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
          || uri.getHost() == null) {
        throw new java.net.URISyntaxException(url, "not http(s)");
      }
    } catch (java.net.URISyntaxException e) {
      throw new dev.switchboard.domain.shared.ValidationException(
          "invalid-callback-url", "a callback URL must be an absolute http(s) URL");
    }
  }
}
