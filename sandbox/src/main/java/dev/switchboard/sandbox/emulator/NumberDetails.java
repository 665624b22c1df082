package dev.switchboard.sandbox.emulator;

import java.util.Objects;

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
    return new NumberDetails(
        number,
        newAlias,
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

  NumberDetails withCnamLookups(boolean enabled) {
    return new NumberDetails(
        number,
        alias,
        enabled,
        messagingEnabled,
        numberType,
        rateCenter,
        state,
        primaryRouteId,
        failoverRouteId,
        e911Id,
        cnamId);
  }

  NumberDetails withMessaging(boolean enabled) {
    return new NumberDetails(
        number,
        alias,
        cnamLookupsEnabled,
        enabled,
        numberType,
        rateCenter,
        state,
        primaryRouteId,
        failoverRouteId,
        e911Id,
        cnamId);
  }

  NumberDetails withPrimaryRoute(String routeId) {
    return new NumberDetails(
        number,
        alias,
        cnamLookupsEnabled,
        messagingEnabled,
        numberType,
        rateCenter,
        state,
        routeId == null ? RouteRecord.SIP_REG_ID : routeId,
        failoverRouteId,
        e911Id,
        cnamId);
  }

  NumberDetails withFailoverRoute(String routeId) {
    return new NumberDetails(
        number,
        alias,
        cnamLookupsEnabled,
        messagingEnabled,
        numberType,
        rateCenter,
        state,
        primaryRouteId,
        routeId,
        e911Id,
        cnamId);
  }

  boolean uses(String routeId) {
    return routeId.equals(primaryRouteId) || routeId.equals(failoverRouteId);
  }

  NumberDetails withE911(String recordId) {
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
        recordId,
        cnamId);
  }

  NumberDetails withCnam(String recordId) {
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
        recordId);
  }

  public boolean tollFree() {
    return CatalogueNumber.TOLLFREE.equals(numberType);
  }
}
