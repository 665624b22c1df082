package dev.switchboard.api.messages;

import dev.switchboard.domain.messaging.MessageId;
import dev.switchboard.domain.shared.ProblemType;
import dev.switchboard.domain.shared.ValidationException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/** Opaque paging cursors: callers pass back what they were given and nothing else. */
public final class Cursors {

  private Cursors() {}

  public static String after(MessageId last) {
    return after("m", last.value());
  }

  public static MessageId parse(String cursor) {
    return new MessageId(parse("m", cursor));
  }

  /** The cursor after the item {@code last} of a listing of {@code kind} (a letter of its own). */
  public static String after(String kind, UUID last) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((kind + ":" + last).getBytes(StandardCharsets.UTF_8));
  }

  /** The id a cursor of {@code kind} was made after. */
  public static UUID parse(String kind, String cursor) {
    try {
      String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (!raw.startsWith(kind + ":")) {
        throw new IllegalArgumentException();
      }
      return UUID.fromString(raw.substring(kind.length() + 1));
    } catch (IllegalArgumentException | ValidationException e) {
      throw new ValidationException(
          ProblemType.INVALID_CURSOR, "the cursor is not one this API gave out");
    }
  }
}
