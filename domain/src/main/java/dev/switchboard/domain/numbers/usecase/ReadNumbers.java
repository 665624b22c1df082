package dev.switchboard.domain.numbers.usecase;

import dev.switchboard.domain.cnam.port.out.CnamInventory;
import dev.switchboard.domain.e911.port.out.E911Inventory;
import dev.switchboard.domain.numbers.NumberFilter;
import dev.switchboard.domain.numbers.NumberView;
import dev.switchboard.domain.numbers.OwnedNumber;
import dev.switchboard.domain.numbers.port.out.NumberInventory;
import dev.switchboard.domain.routes.Route;
import dev.switchboard.domain.routes.RouteId;
import dev.switchboard.domain.routes.port.out.RouteInventory;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.Page;
import java.util.Optional;

/** Use case: our numbers as the inventory knows them, so reads work while Flowroute is down. */
public final class ReadNumbers {

  private final NumberInventory numbers;
  private final RouteInventory routes;
  private final E911Inventory addresses;
  private final CnamInventory callerNames;

  public ReadNumbers(
      NumberInventory numbers,
      RouteInventory routes,
      E911Inventory addresses,
      CnamInventory callerNames) {
    this.numbers = numbers;
    this.routes = routes;
    this.addresses = addresses;
    this.callerNames = callerNames;
  }

  public Page<OwnedNumber> list(NumberFilter filter) {
    return numbers.list(filter);
  }

  public NumberView get(E164Number number) {
    OwnedNumber owned = numbers.require(number);
    return new NumberView(
        owned,
        route(owned.primaryRoute()),
        route(owned.failoverRoute()),
        owned.e911Id().flatMap(addresses::find),
        owned.cnamId().flatMap(callerNames::find));
  }

  private Optional<Route> route(Optional<RouteId> id) {
    // sip-reg is built into every account, whether or not the inventory has seen it yet.
    return id.flatMap(
        r ->
            routes
                .find(r)
                .or(
                    () ->
                        r.equals(RouteId.SIP_REG)
                            ? Optional.of(Route.sipReg())
                            : Optional.empty()));
  }
}
