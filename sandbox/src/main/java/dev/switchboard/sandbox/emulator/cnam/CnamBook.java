package dev.switchboard.sandbox.emulator.cnam;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The account's CNAM records, by id; ids are increasing integers as strings, starting again from
 * {@link #FIRST_ID} at {@link #reset()}.
 */
public final class CnamBook {

  static final long FIRST_ID = 30001;

  private final Map<String, CnamRecord> records =
      new TreeMap<>(Comparator.comparingLong(Long::parseLong));
  private long nextId;

  public CnamBook() {
    reset();
  }

  synchronized void reset() {
    records.clear();
    nextId = FIRST_ID;
  }

  /** Every record, by id. */
  synchronized List<CnamRecord> all() {
    return new ArrayList<>(records.values());
  }

  synchronized Optional<CnamRecord> find(String id) {
    if (id == null || !id.matches("\\d{1,18}")) {
      return Optional.empty();
    }
    return Optional.ofNullable(records.get(String.valueOf(Long.parseLong(id))));
  }

  /** A record other than {@code exceptId} with the same value, case-insensitively. */
  synchronized Optional<CnamRecord> withValue(String value, String exceptId) {
    String wanted = value.toLowerCase(Locale.ROOT);
    return records.values().stream()
        .filter(r -> !r.id().equals(exceptId))
        .filter(r -> r.value().toLowerCase(Locale.ROOT).equals(wanted))
        .findFirst();
  }

  synchronized CnamRecord create(String value, Instant at) {
    CnamRecord record = CnamRecord.pending(String.valueOf(nextId++), value, at);
    records.put(record.id(), record);
    return record;
  }

  synchronized void replace(CnamRecord record) {
    records.put(record.id(), record);
  }

  synchronized void remove(String id) {
    records.remove(id);
  }
}
