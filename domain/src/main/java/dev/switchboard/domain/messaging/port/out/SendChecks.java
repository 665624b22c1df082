package dev.switchboard.domain.messaging.port.out;

import dev.switchboard.domain.messaging.SenderStanding;
import dev.switchboard.domain.shared.E164Number;
import java.util.Map;
import java.util.Set;

/**
 * What a batch of sends reads before its messages are queued, asked all at once: which of its
 * idempotency keys are taken, how its senders stand in the number inventory, and which of its pairs
 * are opted out. An adapter may answer with one statement; asked one by one, each is a round trip
 * of the batch's transaction.
 */
public interface SendChecks {

  /** What a batch asks; each set may be empty. */
  record Asked(Set<String> keys, Set<E164Number> senders, Set<OptOuts.Pair> pairs) {

    public Asked {
      keys = Set.copyOf(keys);
      senders = Set.copyOf(senders);
      pairs = Set.copyOf(pairs);
    }
  }

  /**
   * The answer: the keys asked that a message holds, the senders asked that are in the inventory
   * (one not in it is absent), and the pairs asked that are opted out (by their own opt-out or one
   * of every number).
   */
  record Found(
      Set<String> keysTaken, Map<E164Number, SenderStanding> senders, Set<OptOuts.Pair> optedOut) {

    public Found {
      keysTaken = Set.copyOf(keysTaken);
      senders = Map.copyOf(senders);
      optedOut = Set.copyOf(optedOut);
    }
  }

  Found read(Asked asked);
}
