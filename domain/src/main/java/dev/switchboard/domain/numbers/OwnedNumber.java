package dev.switchboard.domain.numbers;

import dev.switchboard.domain.routes.RouteId;
import dev.switchboard.domain.shared.E164Number;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A number on our account, as the inventory knows it: settings, voice routes, E911 address and
 * caller name, and its own messaging callbacks.
 *
 * @param primaryRoute the route calls go to first (Flowroute's default is sip-reg, route 0)
 * @param callbacks DID-level webhook URLs set through us (Flowroute cannot read them back)
 */
public record OwnedNumber(
    E164Number number,
    NumberType type,
    String alias,
    boolean cnamLookupsEnabled,
    boolean messagingEnabled,
    String rateCenter,
    String state,
    Optional<RouteId> primaryRoute,
    Optional<RouteId> failoverRoute,
    Optional<String> e911Id,
    Optional<String> cnamId,
    Map<CallbackKind, String> callbacks) {

  public OwnedNumber {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(type, "type");
    NumberAlias.requireValid(alias);
    primaryRoute = primaryRoute == null ? Optional.empty() : primaryRoute;
    failoverRoute = failoverRoute == null ? Optional.empty() : failoverRoute;
    e911Id = e911Id == null ? Optional.empty() : e911Id;
    cnamId = cnamId == null ? Optional.empty() : cnamId;
    callbacks = callbacks == null ? Map.of() : Map.copyOf(callbacks);
  }

  public OwnedNumber withCallbacks(Map<CallbackKind, String> newCallbacks) {
    return with(primaryRoute, failoverRoute, e911Id, cnamId, newCallbacks);
  }

  public OwnedNumber withRoutes(Optional<RouteId> primary, Optional<RouteId> failover) {
    return with(primary, failover, e911Id, cnamId, callbacks);
  }

  public OwnedNumber withE911(Optional<String> newE911Id) {
    return with(primaryRoute, failoverRoute, newE911Id, cnamId, callbacks);
  }

  public OwnedNumber withCnam(Optional<String> newCnamId) {
    return with(primaryRoute, failoverRoute, e911Id, newCnamId, callbacks);
  }

  private OwnedNumber with(
      Optional<RouteId> primary,
      Optional<RouteId> failover,
      Optional<String> e911,
      Optional<String> cnam,
      Map<CallbackKind, String> newCallbacks) {
    return new OwnedNumber(
        number,
        type,
        alias,
        cnamLookupsEnabled,
        messagingEnabled,
        rateCenter,
        state,
        primary,
        failover,
        e911,
        cnam,
        newCallbacks);
  }

  /** The same number as Flowroute describes it, keeping what only we know (the callbacks). */
  public OwnedNumber keepingLocalStateOf(OwnedNumber local) {
    return withCallbacks(local.callbacks());
  }

  /** Whether Flowroute's view and ours differ in anything Flowroute reports. */
  public boolean differsFromProvider(OwnedNumber provider) {
    return !withCallbacks(Map.of()).equals(provider.withCallbacks(Map.of()));
  }
}
