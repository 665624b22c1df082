package dev.switchboard.domain.messaging;

import dev.switchboard.domain.shared.ProblemType;
import dev.switchboard.domain.shared.ValidationException;

/** Rules for the text of an outbound SMS or MMS. */
public final class MessageBody {

  /** Ten concatenated segments of 160 GSM characters; Flowroute refuses longer texts (DLR 1201). */
  public static final int MAX_LENGTH = 1600;

  private MessageBody() {}

  public static String requireValidSms(String body) {
    if (body == null || body.isBlank()) {
      throw new ValidationException(ProblemType.MISSING_BODY, "an SMS needs a non-empty body");
    }
    if (body.codePointCount(0, body.length()) > MAX_LENGTH) {
      throw new ValidationException(
          ProblemType.BODY_TOO_LONG, "an SMS body may have at most " + MAX_LENGTH + " characters");
    }
    return body;
  }

  /**
   * The optional text of an MMS: absent (null) when empty or blank, as the media carry the message.
   * Flowroute refuses texts over {@value #MAX_LENGTH} characters for an MMS as for an SMS; the text
   * also counts towards the MMS's 750 kB payload, which these few kilobytes cannot reach alone.
   */
  public static String requireValidMms(String body) {
    if (body == null || body.isBlank()) {
      return null;
    }
    if (body.codePointCount(0, body.length()) > MAX_LENGTH) {
      throw new ValidationException(
          ProblemType.BODY_TOO_LONG, "an MMS text may have at most " + MAX_LENGTH + " characters");
    }
    return body;
  }

  /** Flowroute's message_encoding: 0 for plain ASCII, 8 (UCS-2) as soon as any other character. */
  public static int encoding(String body) {
    return body.chars().allMatch(c -> c < 128) ? 0 : 8;
  }

  /** Billable segments as Flowroute documents them (160 / 140 ASCII, 70 UCS-2). */
  public static int segments(String body) {
    int length = body.codePointCount(0, body.length());
    if (encoding(body) == 0) {
      return length <= 160 ? 1 : (length + 139) / 140;
    }
    return Math.max(1, (length + 69) / 70);
  }
}
