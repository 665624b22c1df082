package dev.switchboard.api.console;

import dev.switchboard.domain.shared.ProblemType;

/**
 * Which field of the send form a refusal of the send use case belongs to, so the console shows the
 * API's own problem next to that field ("" for the form as a whole).
 */
final class SendFields {

  private SendFields() {}

  static String of(ProblemType problem) {
    return switch (problem) {
      case SENDER_NOT_OURS, SENDER_MESSAGING_DISABLED -> "from";
      case INVALID_RECIPIENT, RECIPIENT_OPTED_OUT -> "to";
      case BODY_TOO_LONG, INVALID_CHARACTERS, INVALID_MESSAGE -> "body";
      case INVALID_MEDIA,
          INVALID_MEDIA_URL,
          TOO_MANY_MEDIA,
          MMS_NOT_AVAILABLE,
          MEDIA_URL_FORBIDDEN,
          MEDIA_UNREACHABLE,
          MEDIA_CONTENT_TYPE_NOT_ACCEPTED,
          MEDIA_TOO_LARGE ->
          "mediaUrls";
      default -> "";
    };
  }
}
