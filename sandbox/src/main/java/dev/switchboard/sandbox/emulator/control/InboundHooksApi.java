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
        .add("GET", "/sandbox/media/([^/]+)", this::media);
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

  private void media(Exchange exchange, Matcher path) throws IOException {
    byte[] png =
        media
            .get(path.group(1))
            .orElseThrow(() -> FlowrouteException.notFound("No media " + path.group(1)));
    exchange.bytes(200, "image/png", png);
  }
}
