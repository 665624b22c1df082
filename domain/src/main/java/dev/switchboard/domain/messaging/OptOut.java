package dev.switchboard.domain.messaging;

import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.ProblemType;
import dev.switchboard.domain.shared.ValidationException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A phone that we must not text from one of our numbers, or from any of them, with who recorded it
 * and why.
 *
 * @param ourNumber the number it opted out of; empty: every number of ours, now and later
 * @param actor who made the change: the API caller's subject, {@code keyword} or {@code carrier}
 */
public record OptOut(
    UUID id,
    Optional<E164Number> ourNumber,
    E164Number peer,
    OptOutSource source,
    String actor,
    String reason,
    Instant at) {

  /** The longest reason kept (a reason is a note, not a document). */
  public static final int MAX_REASON = 255;

  public OptOut {
    Objects.requireNonNull(id, "id");
    ourNumber = ourNumber == null ? Optional.empty() : ourNumber;
    Objects.requireNonNull(peer, "peer");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(at, "at");
    actor = actor == null || actor.isBlank() ? source.actor() : actor;
    reason = validReason(reason);
    if (ourNumber.isPresent() && ourNumber.get().equals(peer)) {
      throw new ValidationException(
          ProblemType.INVALID_OPT_OUT, "a number cannot opt out of itself");
    }
  }

  /** A reason checked: at most {@link #MAX_REASON} characters, blank as none. */
  public static String validReason(String reason) {
    if (reason == null || reason.isBlank()) {
      return null;
    }
    if (reason.length() > MAX_REASON) {
      throw new ValidationException(
          ProblemType.INVALID_OPT_OUT, "reason is at most " + MAX_REASON + " characters");
    }
    return reason.strip();
  }

  /** Whether this opt-out forbids texting {@code phone} from {@code from}. */
  public boolean covers(E164Number from, E164Number phone) {
    return peer.equals(phone) && ourNumber.map(from::equals).orElse(true);
  }
}
