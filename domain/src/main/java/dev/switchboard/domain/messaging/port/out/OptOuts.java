package dev.switchboard.domain.messaging.port.out;

import dev.switchboard.domain.messaging.OptOut;
import dev.switchboard.domain.messaging.OptOutQuery;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.Page;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Port: which phones asked not to be texted by one of our numbers, or by any of them, with who
 * recorded it and why.
 */
public interface OptOuts {

  /** One of our numbers and a phone it texts. */
  record Pair(E164Number ourNumber, E164Number phone) {}

  /** Whether {@code phone} opted out of {@code ourNumber} (or of all our numbers). */
  default boolean isOptedOut(E164Number ourNumber, E164Number phone) {
    return !optedOut(List.of(new Pair(ourNumber, phone))).isEmpty();
  }

  /**
   * Which of {@code pairs} are opted out, by their own opt-out or one of every number (an adapter
   * may answer them all with one query).
   *
   * @return the pairs opted out, a subset of those asked
   */
  Set<Pair> optedOut(Collection<Pair> pairs);

  /**
   * Records an opt-out unless one of the same pair (or of the same peer and every number) is
   * recorded already: the first record stands, with its who and why.
   *
   * @return whether it was recorded now
   */
  boolean add(OptOut optOut);

  /**
   * Removes the opt-out of exactly this pair ({@code ourNumber} empty: the peer's opt-out of every
   * number).
   *
   * @return the opt-out removed, if there was one
   */
  Optional<OptOut> remove(Optional<E164Number> ourNumber, E164Number peer);

  Optional<OptOut> byId(UUID id);

  /** Opt-outs newest first (by id, which is time-ordered). */
  Page<OptOut> list(OptOutQuery query);
}
