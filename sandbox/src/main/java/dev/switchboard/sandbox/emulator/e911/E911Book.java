package dev.switchboard.sandbox.emulator.e911;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The account's E911 records, by id; ids are increasing integers as strings, starting again from
 * {@link #FIRST_ID} at {@link #reset()}.
 */
public final class E911Book {

  static final long FIRST_ID = 20001;

  private final Map<String, E911Record> records =
      new TreeMap<>(Comparator.comparingLong(Long::parseLong));
  private long nextId;

  public E911Book() {
    reset();
  }

  synchronized void reset() {
    records.clear();
    nextId = FIRST_ID;
  }

  /** Every record, by id. */
  synchronized List<E911Record> all() {
    return new ArrayList<>(records.values());
  }

  synchronized Optional<E911Record> find(String id) {
    if (id == null || !id.matches("\\d{1,18}")) {
      return Optional.empty();
    }
    return Optional.ofNullable(records.get(String.valueOf(Long.parseLong(id))));
  }

  synchronized E911Record create(E911Address address) {
    E911Record record = new E911Record(String.valueOf(nextId++), address);
    records.put(record.id(), record);
    return record;
  }

  synchronized void replace(E911Record record) {
    records.put(record.id(), record);
  }

  synchronized void remove(String id) {
    records.remove(id);
  }
}
