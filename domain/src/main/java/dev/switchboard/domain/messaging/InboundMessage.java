package dev.switchboard.domain.messaging;

import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.PhoneAddress;
import dev.switchboard.domain.shared.ProblemType;
import dev.switchboard.domain.shared.ValidationException;
import java.time.Instant;
import java.util.List;

/**
 * A text or picture message that a phone sent to one of our numbers, as Flowroute reported it; the
 * sender may be any {@link PhoneAddress}, our number is always North American.
 */
public record InboundMessage(
    String flowrouteId,
    PhoneAddress from,
    E164Number to,
    String body,
    List<Media> media,
    boolean mms,
    Instant timestamp) {

  /** The longest Flowroute id we keep (Flowroute's are {@code mdr2-} and 32 hex digits). */
  public static final int MAX_ID = 255;

  public InboundMessage {
    if (flowrouteId == null || flowrouteId.isBlank()) {
      throw new ValidationException(
          ProblemType.INVALID_INBOUND, "an inbound message needs Flowroute's id");
    }
    if (flowrouteId.length() > MAX_ID) {
      throw new ValidationException(
          ProblemType.INVALID_INBOUND,
          "Flowroute's id of a message is at most " + MAX_ID + " characters");
    }
    if (from == null || to == null) {
      throw new ValidationException(
          ProblemType.INVALID_INBOUND, "an inbound message needs from and to");
    }
    if (timestamp == null) {
      throw new ValidationException(
          ProblemType.INVALID_INBOUND, "an inbound message needs a timestamp");
    }
    media = media == null ? List.of() : List.copyOf(media);
    mms = mms || !media.isEmpty();
  }
}
