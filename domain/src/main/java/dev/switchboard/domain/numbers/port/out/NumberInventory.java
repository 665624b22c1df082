package dev.switchboard.domain.numbers.port.out;

import dev.switchboard.domain.cnam.port.out.CnamUsage;
import dev.switchboard.domain.e911.port.out.E911Usage;
import dev.switchboard.domain.numbers.NumberFilter;
import dev.switchboard.domain.numbers.OwnedNumber;
import dev.switchboard.domain.routes.port.out.RouteUsage;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.NotFoundException;
import dev.switchboard.domain.shared.Page;
import java.util.List;
import java.util.Optional;

/**
 * Port: our own record of the account's numbers, served while the provider is slow or down. It also
 * answers which numbers use a route, an E911 address or a caller name.
 */
public interface NumberInventory extends RouteUsage, E911Usage, CnamUsage {

  /** Adds or replaces the number. */
  void save(OwnedNumber number);

  void remove(E164Number number);

  Optional<OwnedNumber> find(E164Number number);

  /** One of our numbers, or {@code number-not-found}. */
  default OwnedNumber require(E164Number number) {
    return find(number)
        .orElseThrow(
            () -> new NotFoundException("number-not-found", number + " is not on the account"));
  }

  /**
   * As {@link #find}, and holds the number's row until the unit of work ends, so that a change by
   * another transaction waits for it (a reconciliation re-reads under this lock before it writes).
   */
  default Optional<OwnedNumber> findForUpdate(E164Number number) {
    return find(number);
  }

  Page<OwnedNumber> list(NumberFilter filter);

  List<OwnedNumber> all();
}
