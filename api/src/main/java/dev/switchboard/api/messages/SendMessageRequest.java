package dev.switchboard.api.messages;

import dev.switchboard.api.openapi.ApiDoc;
import dev.switchboard.domain.messaging.usecase.SendMessage;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /v1/messages}, and one message of a batch; {@code sendAt} and {@code
 * expiresAt} are optional ISO-8601 instants.
 */
public record SendMessageRequest(
    @Schema(
            required = true,
            pattern = ApiDoc.E164,
            description = "One of our numbers, with messaging on",
            examples = ApiDoc.E164_EXAMPLE)
        String from,
    @Schema(required = true, pattern = ApiDoc.E164, description = ApiDoc.E164_DESCRIPTION)
        String to,
    @Schema(
            description =
                "The text: up to 1,600 GSM-7 septets or 700 UCS-2 units; optional with mediaUrls")
        String body,
    @Schema(
            maxItems = 10,
            description = "Absolute http(s) URLs Flowroute fetches: an MMS (750 kB in all)")
        List<String> mediaUrls,
    @Schema(description = "Hold it back until then, at most 35 days ahead") Instant sendAt,
    @Schema(description = "After sendAt: end it EXPIRED if not handed to Flowroute by then")
        Instant expiresAt) {

  /** The command of {@code caller}, with its idempotency key (the request's, or the batch's). */
  SendMessage.Command command(String idempotencyKey, String caller) {
    return new SendMessage.Command(
        from, to, body, mediaUrls, idempotencyKey, caller, sendAt, expiresAt);
  }
}
