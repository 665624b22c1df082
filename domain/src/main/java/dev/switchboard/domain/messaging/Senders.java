package dev.switchboard.domain.messaging;

import dev.switchboard.domain.numbers.MessagingSource;
import dev.switchboard.domain.numbers.OwnedNumber;
import dev.switchboard.domain.numbers.port.out.NumberInventory;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.ProblemType;
import dev.switchboard.domain.shared.ValidationException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;

/**
 * Which numbers may send: ours (in the inventory), long code or toll-free alike, unless we know
 * messaging is off on them. Flowroute refuses a send from any other number with a 403 (reference
 * §6.1: "{@code from}: a messaging-enabled long-code or toll-free number owned by the account"),
 * which we would only learn after accepting the message.
 *
 * <p>A number whose messaging setting the inventory never learned ({@link MessagingSource#UNKNOWN}:
 * listed by Flowroute, whose number documents do not show the setting, and never set through us)
 * may send: Flowroute text-enables its numbers by default, and its 403 stays the last word.
 */
public final class Senders {

  private final NumberInventory inventory;

  public Senders(NumberInventory inventory) {
    this.inventory = inventory;
  }

  /** How each of these senders that is in the inventory stands; one inventory read per number. */
  public Map<E164Number, SenderStanding> standings(Collection<E164Number> senders) {
    Map<E164Number, SenderStanding> found = new LinkedHashMap<>();
    for (E164Number sender : new LinkedHashSet<>(senders)) {
      inventory.find(sender).ifPresent(number -> found.put(sender, standing(number)));
    }
    return found;
  }

  /**
   * The refusal of each of these senders that may not send, given how those in the inventory stand
   * ({@code found}, read beforehand: a sender absent from it is not ours).
   */
  public static Map<E164Number, ValidationException> refusals(
      Collection<E164Number> senders, Map<E164Number, SenderStanding> found) {
    Map<E164Number, ValidationException> refused = new LinkedHashMap<>();
    for (E164Number sender : new LinkedHashSet<>(senders)) {
      refusal(sender, Optional.ofNullable(found.get(sender)))
          .ifPresent(e -> refused.put(sender, e));
    }
    return refused;
  }

  private static SenderStanding standing(OwnedNumber number) {
    return new SenderStanding(number.messagingEnabled(), number.messagingSource());
  }

  private static Optional<ValidationException> refusal(
      E164Number sender, Optional<SenderStanding> found) {
    if (found.isEmpty()) {
      return Optional.of(
          new ValidationException(
              ProblemType.SENDER_NOT_OURS,
              sender + " is not one of our numbers: send from a number in /v1/numbers"));
    }
    SenderStanding number = found.get();
    if (!number.messagingEnabled() && number.messagingSource() != MessagingSource.UNKNOWN) {
      return Optional.of(
          new ValidationException(
              ProblemType.SENDER_MESSAGING_DISABLED,
              sender
                  + " does not have messaging enabled: turn it on with PATCH /v1/numbers/"
                  + sender
                  + " {\"messagingEnabled\":true}"));
    }
    return Optional.empty();
  }
}
