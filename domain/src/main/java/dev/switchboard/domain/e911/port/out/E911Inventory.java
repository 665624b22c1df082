package dev.switchboard.domain.e911.port.out;

import dev.switchboard.domain.e911.E911Address;
import dev.switchboard.domain.e911.E911Filter;
import dev.switchboard.domain.shared.NotFoundException;
import dev.switchboard.domain.shared.port.out.RegistryInventory;

/** Port: our record of the account's E911 addresses. */
public interface E911Inventory extends RegistryInventory<E911Address, E911Filter> {

  /** One of our addresses, or {@code e911-not-found}. */
  default E911Address require(String id) {
    return find(id)
        .orElseThrow(() -> new NotFoundException("e911-not-found", "no E911 address " + id));
  }
}
