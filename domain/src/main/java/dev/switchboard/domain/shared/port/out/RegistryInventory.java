package dev.switchboard.domain.shared.port.out;

import dev.switchboard.domain.shared.Page;
import java.util.List;
import java.util.Optional;

/**
 * Port: our record of one of the carrier's registries (E911 addresses, caller names), whose records
 * the carrier identifies by digit ids; served while the carrier is slow or down.
 *
 * @param <R> the record
 * @param <F> the filter of a listing
 */
public interface RegistryInventory<R, F> {

  /** Adds or replaces the record. */
  void save(R record);

  void remove(String id);

  Optional<R> find(String id);

  /** A page of the records the filter selects, in numeric id order. */
  Page<R> list(F filter);

  /** Every record, in numeric id order. */
  List<R> all();
}
