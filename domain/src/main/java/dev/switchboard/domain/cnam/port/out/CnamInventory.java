package dev.switchboard.domain.cnam.port.out;

import dev.switchboard.domain.cnam.CnamFilter;
import dev.switchboard.domain.cnam.CnamRecord;
import dev.switchboard.domain.shared.NotFoundException;
import dev.switchboard.domain.shared.port.out.RegistryInventory;

/** Port: our record of the account's caller names. */
public interface CnamInventory extends RegistryInventory<CnamRecord, CnamFilter> {

  /** One of our caller names, or {@code caller-name-not-found}. */
  default CnamRecord require(String id) {
    return find(id)
        .orElseThrow(() -> new NotFoundException("caller-name-not-found", "no caller name " + id));
  }
}
