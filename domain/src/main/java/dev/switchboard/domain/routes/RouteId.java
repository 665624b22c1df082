package dev.switchboard.domain.routes;

import dev.switchboard.domain.shared.ProblemType;
import dev.switchboard.domain.shared.ValidationException;

/** Flowroute's id of an inbound route ({@code "0"} is the built-in sip-reg route). */
public record RouteId(String value) {

  public static final RouteId SIP_REG = new RouteId("0");

  public RouteId {
    if (value == null || !value.matches("\\d{1,18}")) {
      throw new ValidationException(
          ProblemType.INVALID_ROUTE_ID, "'" + value + "' is not a route id");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
