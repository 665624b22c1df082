package dev.switchboard.flowroute.numbers.client;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The JSON:API body of {@code POST /v2/numbers/{id}/relationships/{callback_type}} (§2.9), as
 * Flowroute's SDKs send it: Python {@code numbers_controller.set_did_callback} and {@code
 * messages_controller.set_did_level_dlr_callback}, PHP {@code test/number_route_message_demo.php}
 * ({@code $body['data'] = ["attributes" => ["callback_url" => $url]]}). An empty URL clears the
 * callback: Flowroute documents no DELETE for it (§13 U18).
 */
public record NumberCallbackRequest(Data data) {

  /** The resource object (the SDKs send no {@code type}). */
  public record Data(Attributes attributes) {}

  /** The callback's URL. */
  public record Attributes(@JsonProperty("callback_url") String callbackUrl) {}

  public static NumberCallbackRequest of(String url) {
    return new NumberCallbackRequest(new Data(new Attributes(url == null ? "" : url)));
  }

  @Override
  public String toString() {
    return "NumberCallbackRequest[****]";
  }
}
