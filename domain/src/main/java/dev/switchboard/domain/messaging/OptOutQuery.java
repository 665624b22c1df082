package dev.switchboard.domain.messaging;

import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.ProblemType;
import dev.switchboard.domain.shared.ValidationException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A filter over the opt-out list, newest first.
 *
 * @param number opt-outs that hold for this number of ours: its own and those of every number
 * @param since, until the window of {@link OptOut#at()}: {@code [since, until)}, as messages'
 * @param after the keyset cursor: only opt-outs older than this one
 */
public record OptOutQuery(
    Optional<E164Number> number,
    Optional<E164Number> peer,
    Optional<OptOutSource> source,
    Optional<String> actor,
    Optional<Instant> since,
    Optional<Instant> until,
    Optional<UUID> after,
    int limit) {

  public OptOutQuery {
    if (limit < 1 || limit > MessageQuery.MAX_LIMIT) {
      throw new ValidationException(
          ProblemType.INVALID_LIMIT,
          "limit must be between 1 and " + MessageQuery.MAX_LIMIT + ", got " + limit);
    }
    if (since.isPresent() && until.isPresent() && since.get().isAfter(until.get())) {
      throw new ValidationException(ProblemType.INVALID_FILTER, "since must not be after until");
    }
  }

  /** Whether {@code o} passes the filters (the cursor aside), as adapters without SQL decide. */
  public boolean matches(OptOut o) {
    return number.map(n -> o.ourNumber().map(n::equals).orElse(true)).orElse(true)
        && peer.map(o.peer()::equals).orElse(true)
        && source.map(s -> s == o.source()).orElse(true)
        && actor.map(a -> a.equals(o.actor())).orElse(true)
        && since.map(s -> !o.at().isBefore(s)).orElse(true)
        && until.map(u -> o.at().isBefore(u)).orElse(true);
  }
}
