package dev.switchboard.examples.consumer;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The last {@code capacity} event ids seen, to drop redeliveries in bounded memory. Switchboard
 * redelivers an event soon after its first delivery (a relay retry, a consumer rebalance), so a
 * window of recent ids catches them; a service whose effects must happen once stores the ids it
 * handled beside those effects instead.
 */
final class RecentIds {

  private final Map<String, Boolean> ids;

  RecentIds(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1");
    }
    // Access order: an id that keeps coming back stays in the window.
    this.ids =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > capacity;
          }
        };
  }

  /** True the first time an id is seen within the window, false for a redelivery. */
  boolean firstTime(String id) {
    return ids.put(id, Boolean.TRUE) == null;
  }

  int size() {
    return ids.size();
  }
}
