package dev.switchboard.sandbox.emulator.account;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * A number on the emulated account as {@code GET /v2/numbers/{number}} shows it: attributes and the
 * ids of its primary route (never null, {@code "0"} is sip-reg), failover route, E911 record and
 * CNAM record (each null when none).
 */
public record NumberDetails(
    String number,
    String alias,
    boolean cnamLookupsEnabled,
    boolean messagingEnabled,
    String numberType,
    String rateCenter,
    String state,
    String primaryRouteId,
    String failoverRouteId,
    String e911Id,
    String cnamId) {

  public NumberDetails {
    if (!PhoneNumbers.isNanp(number)) {
      throw new IllegalArgumentException("not an 11-digit 1NPANXXXXXX number: " + number);
    }
    Objects.requireNonNull(numberType, "numberType");
    Objects.requireNonNull(primaryRouteId, "primaryRouteId");
  }

  /** A number just bought or seeded: no alias, primary route sip-reg, no failover. */
  static NumberDetails fresh(CatalogueNumber from, boolean cnamLookups, boolean messaging) {
    return new NumberDetails(
        from.number(),
        null,
        cnamLookups,
        messaging,
        from.numberType(),
        from.rateCenter(),
        from.state(),
        RouteRecord.SIP_REG_ID,
        null,
        null,
        null);
  }

  public AccountNumber accountNumber() {
    return new AccountNumber(number, messagingEnabled);
  }

  NumberDetails withAlias(String newAlias) {
    return with(c -> c.alias = newAlias);
  }

  NumberDetails withCnamLookups(boolean enabled) {
    return with(c -> c.cnamLookupsEnabled = enabled);
  }

  NumberDetails withMessaging(boolean enabled) {
    return with(c -> c.messagingEnabled = enabled);
  }

  NumberDetails withPrimaryRoute(String routeId) {
    return with(c -> c.primaryRouteId = routeId);
  }

  NumberDetails withFailoverRoute(String routeId) {
    return with(c -> c.failoverRouteId = routeId);
  }

  boolean uses(String routeId) {
    return routeId.equals(primaryRouteId) || routeId.equals(failoverRouteId);
  }

  public NumberDetails withE911(String recordId) {
    return with(c -> c.e911Id = recordId);
  }

  public NumberDetails withCnam(String recordId) {
    return with(c -> c.cnamId = recordId);
  }

  public boolean tollFree() {
    return CatalogueNumber.TOLLFREE.equals(numberType);
  }

  /** A copy with one setting changed; the constructor checks the result as usual. */
  private NumberDetails with(Consumer<Copy> change) {
    Copy copy = new Copy(this);
    change.accept(copy);
    return copy.build();
  }

  /** The details as mutable fields, only to make one changed copy. */
  private static final class Copy {
    String number;
    String alias;
    boolean cnamLookupsEnabled;
    boolean messagingEnabled;
    String numberType;
    String rateCenter;
    String state;
    String primaryRouteId;
    String failoverRouteId;
    String e911Id;
    String cnamId;

    Copy(NumberDetails d) {
      number = d.number;
      alias = d.alias;
      cnamLookupsEnabled = d.cnamLookupsEnabled;
      messagingEnabled = d.messagingEnabled;
      numberType = d.numberType;
      rateCenter = d.rateCenter;
      state = d.state;
      primaryRouteId = d.primaryRouteId;
      failoverRouteId = d.failoverRouteId;
      e911Id = d.e911Id;
      cnamId = d.cnamId;
    }

    NumberDetails build() {
      return new NumberDetails(
          number,
          alias,
          cnamLookupsEnabled,
          messagingEnabled,
          numberType,
          rateCenter,
          state,
          primaryRouteId,
          failoverRouteId,
          e911Id,
          cnamId);
    }
  }
}
