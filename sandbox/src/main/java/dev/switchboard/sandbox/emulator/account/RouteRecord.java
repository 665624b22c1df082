package dev.switchboard.sandbox.emulator.account;

import java.util.Objects;

/**
 * An inbound voice route: {@code route_type} {@code host}, {@code number}, {@code uri} or the
 * built-in {@code sip-reg} (id {@code "0"}, value null); {@code edgeStrategyId} may be null.
 */
public record RouteRecord(
    String id, String alias, String routeType, String value, Integer edgeStrategyId) {

  public static final String SIP_REG_ID = "0";
  public static final String SIP_REG = "sip-reg";

  public RouteRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(alias, "alias");
    Objects.requireNonNull(routeType, "routeType");
  }

  static RouteRecord sipReg() {
    return new RouteRecord(SIP_REG_ID, SIP_REG, SIP_REG, null, null);
  }

  public boolean builtIn() {
    return SIP_REG_ID.equals(id);
  }
}
