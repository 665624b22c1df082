package dev.switchboard.sandbox.emulator.control;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;

/**
 * A Flowroute API request the emulator received.
 *
 * @param query the raw query string, or null
 * @param headers lower-case names; Authorization is redacted
 * @param body parsed JSON if the body was JSON, a text node otherwise, a null node when empty;
 *     webhook secrets in {@code /webhooks/flowroute/<secret>} URLs are masked
 */
public record LoggedRequest(
    String method,
    String path,
    String query,
    Map<String, String> headers,
    JsonNode body,
    @JsonProperty("received_at") Instant receivedAt) {}
