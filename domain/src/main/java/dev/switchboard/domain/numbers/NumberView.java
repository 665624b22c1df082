package dev.switchboard.domain.numbers;

import dev.switchboard.domain.cnam.CnamRecord;
import dev.switchboard.domain.e911.E911Address;
import dev.switchboard.domain.routes.Route;
import java.util.Optional;

/** A number with its routes, E911 address and caller name resolved, as operators read it. */
public record NumberView(
    OwnedNumber number,
    Optional<Route> primaryRoute,
    Optional<Route> failoverRoute,
    Optional<E911Address> e911Address,
    Optional<CnamRecord> callerName) {

  /** A number whose relationships are given by id only. */
  public static NumberView brief(OwnedNumber number) {
    return new NumberView(
        number, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }
}
