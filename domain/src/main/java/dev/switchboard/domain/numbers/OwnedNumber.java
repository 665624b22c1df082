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
 * @param messagingEnabled whether the number sends and receives texts, as far as we know
 * @param messagingSource how we know it (Flowroute's number documents do not show it)
 * @param primaryRoute the route calls go to first (Flowroute's default is sip-reg, route 0)
 * @param callbacks DID-level webhook URLs set through us (Flowroute cannot read them back)
 */
public record OwnedNumber(
    E164Number number,
    NumberType type,
    String alias,
    boolean cnamLookupsEnabled,
    boolean messagingEnabled,
    MessagingSource messagingSource,
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
    messagingSource = messagingSource == null ? MessagingSource.UNKNOWN : messagingSource;
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
        messagingSource,
        rateCenter,
        state,
        primary,
        failover,
        e911,
        cnam,
        newCallbacks);
  }

  /** The same number with another messaging setting, learned as {@code source} says. */
  public OwnedNumber withMessaging(boolean enabled, MessagingSource source) {
    return new OwnedNumber(
        number,
        type,
        alias,
        cnamLookupsEnabled,
        enabled,
        source,
        rateCenter,
        state,
        primaryRoute,
        failoverRoute,
        e911Id,
        cnamId,
        callbacks);
  }

  /**
   * The same number as Flowroute describes it, keeping what only we know: the callbacks, and the
   * messaging setting whenever Flowroute's description does not show one (an absent field is not a
   * change).
   */
  public OwnedNumber keepingLocalStateOf(OwnedNumber local) {
    OwnedNumber kept = withCallbacks(local.callbacks());
    return messagingSource == MessagingSource.UNKNOWN
        ? kept.withMessaging(local.messagingEnabled(), local.messagingSource())
        : kept;
  }

  /**
   * Whether Flowroute's view and ours differ in anything Flowroute reports: the messaging setting
   * counts only when Flowroute's view shows it, and how each side learned it never counts.
   */
  public boolean differsFromProvider(OwnedNumber provider) {
    OwnedNumber theirs = provider.keepingLocalStateOf(this);
    return !withMessaging(messagingEnabled, MessagingSource.REPORTED)
        .equals(theirs.withMessaging(theirs.messagingEnabled(), MessagingSource.REPORTED));
  }
}
