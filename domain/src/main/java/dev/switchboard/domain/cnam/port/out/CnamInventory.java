package dev.switchboard.domain.cnam.port.out;

import dev.switchboard.domain.cnam.CnamFilter;
import dev.switchboard.domain.cnam.CnamRecord;
import dev.switchboard.domain.shared.Page;
import java.util.List;
import java.util.Optional;

/** Port: our record of the account's caller names. */
public interface CnamInventory {

  void save(CnamRecord record);

  void remove(String id);

  Optional<CnamRecord> find(String id);

  Page<CnamRecord> list(CnamFilter filter);

  List<CnamRecord> all();
}
