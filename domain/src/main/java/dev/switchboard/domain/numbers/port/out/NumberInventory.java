package dev.switchboard.domain.numbers.port.out;

import dev.switchboard.domain.numbers.NumberFilter;
import dev.switchboard.domain.numbers.OwnedNumber;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.Page;
import java.util.List;
import java.util.Optional;

/** Port: our own record of the account's numbers, served while the provider is slow or down. */
public interface NumberInventory {

  /** Adds or replaces the number. */
  void save(OwnedNumber number);

  void remove(E164Number number);

  Optional<OwnedNumber> find(E164Number number);

  /**
   * As {@link #find}, and holds the number's row until the unit of work ends, so that a change by
   * another transaction waits for it (a reconciliation re-reads under this lock before it writes).
   */
  default Optional<OwnedNumber> findForUpdate(E164Number number) {
    return find(number);
  }

  Page<OwnedNumber> list(NumberFilter filter);

  List<OwnedNumber> all();

  /** The numbers that have this E911 address. */
  List<OwnedNumber> usingE911(String e911Id);

  /** The numbers that show this caller name. */
  List<OwnedNumber> usingCnam(String cnamId);

  /** How many numbers use the route, as primary or failover. */
  int countUsingRoute(dev.switchboard.domain.routes.RouteId route);
}
