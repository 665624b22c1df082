package dev.switchboard.domain.routes;

import dev.switchboard.domain.shared.ProblemType;
import dev.switchboard.domain.shared.ValidationException;
import java.util.Locale;

/**
 * Where Flowroute sends a call: a SIP host, another phone number, a SIP URI, or SIP registration.
 */
public enum RouteType {
  HOST("host"),
  NUMBER("number"),
  URI("uri"),
  /** The built-in route (id "0") to devices registered with Flowroute; it cannot be created. */
  SIP_REG("sip-reg");

  private final String wire;

  RouteType(String wire) {
    this.wire = wire;
  }

  /** Flowroute's name: {@code host}, {@code number}, {@code uri}, {@code sip-reg}. */
  public String wireName() {
    return wire;
  }

  /** Reads Flowroute's name, or v1's upper-case one ({@code PSTN} is {@code number}). */
  public static RouteType parse(String raw) {
    if (raw != null) {
      String name = raw.strip().toLowerCase(Locale.ROOT).replace('_', '-');
      if (name.equals("pstn")) {
        return NUMBER;
      }
      for (RouteType type : values()) {
        if (type.wire.equals(name)) {
          return type;
        }
      }
    }
    throw new ValidationException(
        ProblemType.INVALID_ROUTE_TYPE,
        "route type must be host, number, uri or sip-reg, got " + raw);
  }
}
