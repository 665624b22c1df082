package dev.switchboard.api.messages;

import dev.switchboard.domain.messaging.MessageId;
import dev.switchboard.domain.shared.ProblemType;
import dev.switchboard.domain.shared.ValidationException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Opaque paging cursors: callers pass back what they were given and nothing else. */
final class Cursors {

  private Cursors() {}

  static String after(MessageId last) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(("m:" + last).getBytes(StandardCharsets.UTF_8));
  }

  static MessageId parse(String cursor) {
    try {
      String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (!raw.startsWith("m:")) {
        throw new IllegalArgumentException();
      }
      return MessageId.parse(raw.substring(2));
    } catch (IllegalArgumentException | ValidationException e) {
      throw new ValidationException(
          ProblemType.INVALID_CURSOR, "the cursor is not one this API gave out");
    }
  }
}
