package dev.switchboard.domain.messaging.port.out;

import dev.switchboard.domain.shared.E164Number;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The in-memory opt-out list, for use-case tests; keeps {@link OptOutsContract}. */
public final class InMemoryOptOuts implements OptOuts {

  /** Why and when a pair opted out. */
  public record Entry(String reason, Instant at) {}

  private final Map<Pair, Entry> entries = new ConcurrentHashMap<>();

  @Override
  public boolean isOptedOut(E164Number ourNumber, E164Number phone) {
    return entries.containsKey(new Pair(ourNumber, phone));
  }

  @Override
  public void optOut(E164Number ourNumber, E164Number phone, String reason, Instant at) {
    entries.put(new Pair(ourNumber, phone), new Entry(reason, at));
  }

  @Override
  public void optIn(E164Number ourNumber, E164Number phone) {
    entries.remove(new Pair(ourNumber, phone));
  }

  /** Why and when the pair opted out, if it did. */
  public Optional<Entry> entry(E164Number ourNumber, E164Number phone) {
    return Optional.ofNullable(entries.get(new Pair(ourNumber, phone)));
  }
}
