package dev.switchboard.api.messages;

import dev.switchboard.domain.messaging.usecase.SendMessage;
import java.time.Instant;
import java.util.List;

/**
 * The body of {@code POST /v1/messages}, and one message of a batch; {@code sendAt} and {@code
 * expiresAt} are optional ISO-8601 instants.
 */
public record SendMessageRequest(
    String from,
    String to,
    String body,
    List<String> mediaUrls,
    Instant sendAt,
    Instant expiresAt) {

  /** The command of {@code caller}, with its idempotency key (the request's, or the batch's). */
  SendMessage.Command command(String idempotencyKey, String caller) {
    return new SendMessage.Command(
        from, to, body, mediaUrls, idempotencyKey, caller, sendAt, expiresAt);
  }
}
