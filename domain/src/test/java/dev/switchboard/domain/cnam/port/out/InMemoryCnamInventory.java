package dev.switchboard.domain.cnam.port.out;

import dev.switchboard.domain.cnam.CnamFilter;
import dev.switchboard.domain.cnam.CnamRecord;
import dev.switchboard.domain.shared.Page;
import dev.switchboard.domain.shared.port.out.NumericIds;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The in-memory inventory of caller names, for use-case tests; keeps {@link CnamInventoryContract}.
 */
public final class InMemoryCnamInventory implements CnamInventory {

  private final Map<String, CnamRecord> records = new ConcurrentHashMap<>();

  @Override
  public void save(CnamRecord record) {
    records.put(record.id(), record);
  }

  @Override
  public void remove(String id) {
    records.remove(id);
  }

  @Override
  public Optional<CnamRecord> find(String id) {
    return Optional.ofNullable(records.get(id));
  }

  @Override
  public Page<CnamRecord> list(CnamFilter filter) {
    return NumericIds.page(
        records.values().stream()
            .filter(r -> filter.status().isEmpty() || r.status() == filter.status().get())
            .filter(r -> NumericIds.contains(r.name().value(), filter.valueContains())),
        CnamRecord::id,
        filter.after(),
        filter.limit());
  }

  @Override
  public List<CnamRecord> all() {
    return records.values().stream()
        .sorted(Comparator.comparing(CnamRecord::id, NumericIds.order()))
        .toList();
  }
}
