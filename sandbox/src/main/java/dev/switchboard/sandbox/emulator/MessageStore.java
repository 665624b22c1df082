package dev.switchboard.sandbox.emulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** All MDRs of the account, kept in arrival order. */
final class MessageStore {

  private final Map<String, MessageRecord> records = new LinkedHashMap<>();

  synchronized void add(MessageRecord record) {
    records.put(record.id(), record);
  }

  synchronized Optional<MessageRecord> get(String id) {
    return Optional.ofNullable(records.get(id));
  }

  synchronized Optional<MessageRecord> addReceipt(String id, DeliveryReceipt receipt) {
    return Optional.ofNullable(records.computeIfPresent(id, (k, r) -> r.withReceipt(receipt)));
  }

  /** Records with {@code from <= timestamp < until}, newest first. */
  synchronized List<MessageRecord> between(Instant from, Instant until) {
    List<MessageRecord> found = new ArrayList<>();
    for (MessageRecord record : records.values()) {
      if (!record.timestamp().isBefore(from) && record.timestamp().isBefore(until)) {
        found.add(0, record);
      }
    }
    return found;
  }

  synchronized List<MessageRecord> all() {
    return List.copyOf(records.values());
  }

  synchronized void clear() {
    records.clear();
  }
}
