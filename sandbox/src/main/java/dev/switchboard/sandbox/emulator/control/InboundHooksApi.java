package dev.switchboard.sandbox.emulator.control;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.sandbox.emulator.http.Exchange;
import dev.switchboard.sandbox.emulator.http.FlowrouteException;
import dev.switchboard.sandbox.emulator.http.Json;
import dev.switchboard.sandbox.emulator.http.Router;
import dev.switchboard.sandbox.emulator.messaging.InboundRequest;
import dev.switchboard.sandbox.emulator.messaging.InboundResult;
import dev.switchboard.sandbox.emulator.messaging.InboundService;
import dev.switchboard.sandbox.emulator.messaging.MediaStore;
import dev.switchboard.sandbox.emulator.messaging.WebhookDelivery;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * {@code /sandbox/inbound} and {@code /sandbox/media}: a phone texting one of our numbers, where
 * its webhook stands, and the media of inbound MMS.
 */
public final class InboundHooksApi {

  private final InboundService inbound;
  private final MediaStore media;

  public InboundHooksApi(InboundService inbound, MediaStore media) {
    this.inbound = inbound;
    this.media = media;
  }

  public void register(Router router) {
    router
        .add("POST", "/sandbox/inbound", this::inbound)
        .add("GET", "/sandbox/inbound/([^/]+)", this::inboundStatus)
        .add("GET", "/sandbox/media/([^/]+)", this::media)
        .add("PUT", "/sandbox/media-server", this::mediaServer)
        .add("GET", "/sandbox/media-server", this::mediaServerState);
  }

  private void inbound(Exchange exchange, Matcher path) throws IOException {
    JsonNode body = exchange.jsonBody();
    if (!body.isObject()) {
      throw FlowrouteException.unprocessable(
          "Expected {\"from\":\"+1...\",\"to\":\"...\",\"body\":\"...\"}.");
    }
    List<String> media = new ArrayList<>();
    body.path("media_urls").forEach(url -> media.add(url.asText()));
    InboundResult result =
        inbound.receive(
            new InboundRequest(
                Json.string(body, "from"),
                Json.string(body, "to"),
                Json.string(body, "body"),
                media,
                Json.string(body, "format")));
    exchange.json(
        202,
        Json.object().put("id", result.id()).put("callback_url", result.callbackUrl()),
        "application/json");
  }

  private void inboundStatus(Exchange exchange, Matcher path) throws IOException {
    WebhookDelivery delivery =
        inbound
            .delivery(path.group(1))
            .orElseThrow(() -> FlowrouteException.notFound("No inbound message " + path.group(1)));
    exchange.json(
        200,
        Json.object()
            .put("id", delivery.id())
            .put("attempts", delivery.attempts())
            .put("delivered", delivery.delivered())
            .put("last_status", delivery.lastStatus()),
        "application/json");
  }

  /** A link of an inbound MMS, as S3 answers a pre-signed URL: the medium, 403 once expired. */
  private void media(Exchange exchange, Matcher path) throws IOException {
    MediaStore.Lookup lookup =
        media.lookup(path.group(1), exchange.query().get("expires"), Instant.now());
    if (lookup instanceof MediaStore.Lookup.Found found) {
      exchange.bytes(200, "image/png", found.content());
    } else if (lookup instanceof MediaStore.Lookup.Expired) {
      exchange.bytes(
          403,
          "application/xml",
          ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>AccessDenied</Code>"
                  + "<Message>Request has expired</Message></Error>")
              .getBytes(StandardCharsets.UTF_8));
    } else if (lookup instanceof MediaStore.Lookup.Down) {
      exchange.empty(503);
    } else {
      throw FlowrouteException.notFound("No media " + path.group(1));
    }
  }

  /** {@code {"down": true|false, "lifetimeSeconds": N}}: either or both. */
  private void mediaServer(Exchange exchange, Matcher path) throws IOException {
    JsonNode body = exchange.jsonBody();
    if (!body.isObject()) {
      throw FlowrouteException.unprocessable(
          "Expected {\"down\": true|false, \"lifetimeSeconds\": N}.");
    }
    if (body.has("lifetimeSeconds")) {
      JsonNode seconds = body.get("lifetimeSeconds");
      if (!seconds.canConvertToLong() || seconds.asLong() < 0) {
        throw FlowrouteException.unprocessable("lifetimeSeconds must be a whole number >= 0.");
      }
      media.setLifetime(Duration.ofSeconds(seconds.asLong()));
    }
    if (body.has("down")) {
      if (!body.get("down").isBoolean()) {
        throw FlowrouteException.unprocessable("down must be true or false.");
      }
      media.setDown(body.get("down").asBoolean());
    }
    mediaServerState(exchange, path);
  }

  private void mediaServerState(Exchange exchange, Matcher path) throws IOException {
    exchange.json(
        200,
        Json.object()
            .put("down", media.isDown())
            .put("lifetimeSeconds", media.lifetime().toSeconds()),
        "application/json");
  }
}
