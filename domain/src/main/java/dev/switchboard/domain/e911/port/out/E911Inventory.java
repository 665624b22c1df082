package dev.switchboard.domain.e911.port.out;

import dev.switchboard.domain.e911.E911Address;
import dev.switchboard.domain.e911.E911Filter;
import dev.switchboard.domain.shared.Page;
import java.util.List;
import java.util.Optional;

/** Port: our record of the account's E911 addresses. */
public interface E911Inventory {

  void save(E911Address address);

  void remove(String id);

  Optional<E911Address> find(String id);

  Page<E911Address> list(E911Filter filter);

  List<E911Address> all();
}
