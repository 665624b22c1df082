package dev.switchboard.sandbox.emulator.messaging;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** All MDRs of the account, kept in arrival order. */
public final class MessageStore {

  private final Map<String, MessageRecord> records = new LinkedHashMap<>();

  /** When a record is first listed by the API; records not in it are listed at once. */
  private final Map<String, Instant> listedFrom = new HashMap<>();

  synchronized void add(MessageRecord record) {
    records.put(record.id(), record);
  }

  /** Adds a record that the Messages API lists only from {@code listed} on. */
  synchronized void add(MessageRecord record, Instant listed) {
    records.put(record.id(), record);
    listedFrom.put(record.id(), listed);
  }

  /** The record whatever its listing delay (receipts, the Java API). */
  public synchronized Optional<MessageRecord> get(String id) {
    return Optional.ofNullable(records.get(id));
  }

  /** The record if the Messages API lists it at {@code now}. */
  synchronized Optional<MessageRecord> listed(String id, Instant now) {
    return get(id).filter(record -> isListed(record, now));
  }

  private boolean isListed(MessageRecord record, Instant now) {
    Instant listed = listedFrom.get(record.id());
    return listed == null || !listed.isAfter(now);
  }

  synchronized Optional<MessageRecord> addReceipt(String id, DeliveryReceipt receipt) {
    return Optional.ofNullable(records.computeIfPresent(id, (k, r) -> r.withReceipt(receipt)));
  }

  /** Records with {@code from <= timestamp < until} listed at {@code now}, newest first. */
  synchronized List<MessageRecord> between(Instant from, Instant until, Instant now) {
    List<MessageRecord> found = new ArrayList<>();
    for (MessageRecord record : records.values()) {
      if (!record.timestamp().isBefore(from)
          && record.timestamp().isBefore(until)
          && isListed(record, now)) {
        found.add(0, record);
      }
    }
    return found;
  }

  public synchronized List<MessageRecord> all() {
    return List.copyOf(records.values());
  }

  public synchronized void clear() {
    records.clear();
    listedFrom.clear();
  }
}
