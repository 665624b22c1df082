package dev.switchboard.domain.messaging.port.out;

import dev.switchboard.domain.shared.E164Number;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** Port: which phones asked one of our numbers to stop texting them. */
public interface OptOuts {

  /** One of our numbers and a phone it texts. */
  record Pair(E164Number ourNumber, E164Number phone) {}

  boolean isOptedOut(E164Number ourNumber, E164Number phone);

  /**
   * Which of {@code pairs} are opted out (an adapter may answer them all with one query).
   *
   * @return the pairs opted out, a subset of those asked
   */
  default Set<Pair> optedOut(Collection<Pair> pairs) {
    Set<Pair> out = new HashSet<>();
    for (Pair pair : pairs) {
      if (isOptedOut(pair.ourNumber(), pair.phone())) {
        out.add(pair);
      }
    }
    return out;
  }

  void optOut(E164Number ourNumber, E164Number phone, String reason, Instant at);

  void optIn(E164Number ourNumber, E164Number phone);
}
