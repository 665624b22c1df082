package dev.switchboard.domain.numbers;

import dev.switchboard.domain.cnam.CnamInventory;
import dev.switchboard.domain.e911.E911Inventory;
import dev.switchboard.domain.routes.Route;
import dev.switchboard.domain.routes.RouteId;
import dev.switchboard.domain.routes.RouteInventory;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.NotFoundException;
import dev.switchboard.domain.shared.Page;
import dev.switchboard.domain.shared.ProblemType;
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

  public Optional<OwnedNumber> find(E164Number number) {
    return numbers.find(number);
  }

  public NumberView get(E164Number number) {
    OwnedNumber owned =
        numbers
            .find(number)
            .orElseThrow(
                () ->
                    new NotFoundException(
                        ProblemType.NUMBER_NOT_FOUND, number + " is not on the account"));
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
