package dev.switchboard.domain.messaging;

import dev.switchboard.domain.shared.ProblemType;
import dev.switchboard.domain.shared.ValidationException;

/**
 * Rules for the text of an outbound SMS or MMS: present for an SMS, and within the length its
 * encoding allows (see {@link BodyEncoding} and {@link TextEncoding#maxUnits()}).
 */
public final class MessageBody {

  private MessageBody() {}

  public static String requireValidSms(String body) {
    if (body == null || body.isBlank()) {
      throw new ValidationException(ProblemType.MISSING_BODY, "an SMS needs a non-empty body");
    }
    BodyEncoding.of(body).requireWithinLimit("an SMS body");
    return body;
  }

  /**
   * The optional text of an MMS: absent (null) when empty or blank, as the media carry the message.
   * The text is held to the SMS limits, as Flowroute may send a long MMS text as SMS segments
   * (reference §6.2); it also counts towards the MMS's 750 kB payload, which it cannot reach alone.
   */
  public static String requireValidMms(String body) {
    if (body == null || body.isBlank()) {
      return null;
    }
    BodyEncoding.of(body).requireWithinLimit("an MMS text");
    return body;
  }
}
