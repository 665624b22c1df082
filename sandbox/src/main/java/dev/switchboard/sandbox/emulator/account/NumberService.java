package dev.switchboard.sandbox.emulator.account;

import dev.switchboard.sandbox.emulator.faults.Faults;
import dev.switchboard.sandbox.emulator.http.FlowrouteException;
import java.util.List;
import java.util.Optional;

/**
 * The rules over numbers and routes together: buying moves a number from the catalogue to the
 * account and releasing moves it back; a route in use cannot be deleted. One lock keeps the three
 * stores consistent.
 */
public final class NumberService {

  /** Which route of a number. */
  public enum Slot {
    PRIMARY,
    FAILOVER
  }

  /** A number after a purchase or an update; {@code messagingFailed} makes the answer 207. */
  public record Outcome(NumberDetails number, boolean messagingFailed) {}

  /** What a PATCH changes; null fields are left alone ({@code aliasGiven} says if alias is). */
  public record Patch(boolean aliasGiven, String alias, Boolean cnamLookups, Boolean messaging) {}

  private final Account account;
  private final Catalogue catalogue;
  private final RouteBook routes;
  private final Faults faults;
  private final java.util.concurrent.ScheduledExecutorService scheduler;
  private final java.time.Duration provisioningDelay;

  /** Provisioning planned per number; a release or a reset abandons it. */
  private final java.util.Map<String, java.util.concurrent.ScheduledFuture<?>> provisioning =
      new java.util.HashMap<>();

  public NumberService(
      Account account,
      Catalogue catalogue,
      RouteBook routes,
      Faults faults,
      java.util.concurrent.ScheduledExecutorService scheduler,
      java.time.Duration provisioningDelay) {
    this.account = account;
    this.catalogue = catalogue;
    this.routes = routes;
    this.faults = faults;
    this.scheduler = scheduler;
    this.provisioningDelay = provisioningDelay;
    withdrawOwnedNumbers();
  }

  /** Back to the configured account, the full catalogue (less those numbers) and sip-reg only. */
  public synchronized void reset() {
    provisioning.values().forEach(task -> task.cancel(false));
    provisioning.clear();
    account.reset();
    catalogue.reset();
    routes.reset();
    withdrawOwnedNumbers();
  }

  private void withdrawOwnedNumbers() {
    account.allDetails().forEach(n -> catalogue.take(n.number()));
  }

  /**
   * Runs an action under the lock of this service, so that E911 and CNAM rules see and change
   * numbers consistently with purchases, updates and releases.
   */
  public synchronized <T> T atomically(java.util.function.Supplier<T> action) {
    return action.get();
  }

  // ---- numbers

  public synchronized Outcome purchase(String number, boolean cnamLookups, boolean messaging) {
    if (account.details(number).isPresent()) {
      throw FlowrouteException.notFound(
          "The number " + number + " is not available for purchase: it is on your account.");
    }
    CatalogueNumber bought =
        catalogue
            .take(number)
            .orElseThrow(
                () ->
                    FlowrouteException.notFound(
                        "The number " + number + " is not available for purchase."));
    boolean failed = messaging && faults.takeMessagingProvisioningFailure();
    NumberDetails owned = NumberDetails.fresh(bought, cnamLookups, false);
    account.put(owned);
    if (messaging && !failed) {
      owned = provision(owned);
    }
    return new Outcome(owned, failed);
  }

  /**
   * Turns messaging on after the provisioning delay, as Flowroute's message provisioning runs apart
   * from the purchase or PATCH that asked for it: until then the number has messaging off.
   */
  private NumberDetails provision(NumberDetails number) {
    if (provisioningDelay.isZero()) {
      NumberDetails enabled = number.withMessaging(true);
      account.put(enabled);
      return enabled;
    }
    cancelProvisioning(number.number());
    provisioning.put(
        number.number(),
        scheduler.schedule(
            () -> finishProvisioning(number.number()),
            provisioningDelay.toMillis(),
            java.util.concurrent.TimeUnit.MILLISECONDS));
    return number;
  }

  private synchronized void finishProvisioning(String number) {
    if (provisioning.remove(number) != null) {
      account.details(number).ifPresent(n -> account.put(n.withMessaging(true)));
    }
  }

  private void cancelProvisioning(String number) {
    java.util.concurrent.ScheduledFuture<?> pending = provisioning.remove(number);
    if (pending != null) {
      pending.cancel(false);
    }
  }

  public synchronized void release(String number) {
    cancelProvisioning(number);
    account.remove(number).orElseThrow(FlowrouteException::notOnAccount);
    catalogue.giveBack(number);
  }

  public synchronized Outcome update(String number, Patch patch) {
    NumberDetails current = owned(number);
    NumberDetails updated = current;
    if (patch.aliasGiven()) {
      updated = updated.withAlias(patch.alias());
    }
    if (patch.cnamLookups() != null) {
      updated = updated.withCnamLookups(patch.cnamLookups());
    }
    boolean failed = false;
    boolean enabling = false;
    if (patch.messaging() != null) {
      enabling =
          patch.messaging()
              && !current.messagingEnabled()
              && !provisioning.containsKey(current.number());
      failed = enabling && faults.takeMessagingProvisioningFailure();
      if (!patch.messaging()) {
        // Turning messaging off takes effect at once (the emulator's choice).
        cancelProvisioning(current.number());
        updated = updated.withMessaging(false);
      }
    }
    account.put(updated);
    if (enabling && !failed) {
      updated = provision(updated);
    }
    return new Outcome(updated, failed);
  }

  /** The account's numbers that match, by number. */
  public synchronized List<NumberDetails> numbersMatching(
      java.util.function.Predicate<NumberDetails> p) {
    return account.allDetails().stream().filter(p).toList();
  }

  public synchronized Optional<NumberDetails> find(String number) {
    return account.details(number);
  }

  public synchronized NumberDetails owned(String number) {
    return account.details(number).orElseThrow(FlowrouteException::notOnAccount);
  }

  public synchronized void assign(String number, Slot slot, String routeId) {
    NumberDetails current = owned(number);
    RouteRecord route =
        routes
            .find(routeId)
            .orElseThrow(
                () -> FlowrouteException.notFound("Could not find that resource on your account."));
    account.put(
        slot == Slot.PRIMARY
            ? current.withPrimaryRoute(route.id())
            : current.withFailoverRoute(route.id()));
  }

  /** The primary route goes back to sip-reg, the failover route to none. */
  public synchronized void unassign(String number, Slot slot) {
    NumberDetails current = owned(number);
    account.put(
        slot == Slot.PRIMARY
            ? current.withPrimaryRoute(RouteRecord.SIP_REG_ID)
            : current.withFailoverRoute(null));
  }

  // ---- routes

  public synchronized RouteRecord createRoute(
      String alias, String routeType, String value, Integer edgeStrategyId) {
    refuseDuplicateAlias(alias, null);
    return routes.create(alias, routeType, value, edgeStrategyId);
  }

  public synchronized RouteRecord updateRoute(RouteRecord changed) {
    refuseDuplicateAlias(changed.alias(), changed.id());
    routes.replace(changed);
    return changed;
  }

  public synchronized Optional<RouteRecord> findRoute(String id) {
    return routes.find(id);
  }

  public synchronized RouteRecord route(String id) {
    return routes
        .find(id)
        .orElseThrow(
            () -> FlowrouteException.notFound("Could not find that resource on your account."));
  }

  public synchronized void deleteRoute(String id) {
    RouteRecord route = route(id);
    if (route.builtIn()) {
      throw FlowrouteException.forbidden("The sip-reg route cannot be deleted.");
    }
    if (account.allDetails().stream().anyMatch(n -> n.uses(route.id()))) {
      throw FlowrouteException.forbidden(
          "This Route has numbers still associated to it. Please disassociate all numbers before"
              + " deleting.");
    }
    routes.remove(route.id());
  }

  public synchronized List<RouteRecord> routes() {
    return routes.all();
  }

  private void refuseDuplicateAlias(String alias, String exceptId) {
    Optional<RouteRecord> same = routes.withAlias(alias);
    if (same.isPresent() && !same.get().id().equals(exceptId)) {
      throw FlowrouteException.forbidden(
          "A route with the alias '" + alias + "' already exists on your account.");
    }
  }

  // ---- changes made behind the platform's back

  public synchronized NumberDetails own(String number, boolean messaging) {
    if (!PhoneNumbers.isNanp(number)) {
      throw new IllegalArgumentException("not an 11-digit 1NPANXXXXXX number: " + number);
    }
    if (account.details(number).isPresent()) {
      throw new IllegalArgumentException(number + " is already on the account");
    }
    CatalogueNumber entry = catalogue.take(number).orElseGet(() -> catalogue.describe(number));
    NumberDetails owned = NumberDetails.fresh(entry, false, messaging);
    account.put(owned);
    return owned;
  }

  public synchronized void releaseDirectly(String number) {
    if (account.details(number).isEmpty()) {
      throw new IllegalArgumentException(number + " is not on the account");
    }
    release(number);
  }

  public synchronized NumberDetails setAliasDirectly(String number, String alias) {
    NumberDetails current =
        account
            .details(number)
            .orElseThrow(() -> new IllegalArgumentException(number + " is not on the account"));
    NumberDetails updated = current.withAlias(alias);
    account.put(updated);
    return updated;
  }

  public synchronized NumberDetails setRouteDirectly(String number, Slot slot, String routeId) {
    if (account.details(number).isEmpty()) {
      throw new IllegalArgumentException(number + " is not on the account");
    }
    if (routeId == null) {
      unassign(number, slot);
    } else {
      if (routes.find(routeId).isEmpty()) {
        throw new IllegalArgumentException("no route " + routeId);
      }
      assign(number, slot, routeId);
    }
    return owned(number);
  }
}
