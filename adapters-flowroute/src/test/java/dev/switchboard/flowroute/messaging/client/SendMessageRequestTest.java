package dev.switchboard.flowroute.messaging.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.flowroute.OutboundMessages;
import dev.switchboard.flowroute.http.FlowrouteJson;
import org.junit.jupiter.api.Test;

class SendMessageRequestTest {

  private final ObjectMapper json = FlowrouteJson.mapper();

  @Test
  void serialises_an_sms_as_the_json_api_envelope_with_its_dlr_callback() throws Exception {
    String wire =
        FlowrouteJson.write(
            json,
            SendMessageRequest.of(
                OutboundMessages.sms("Hello from the API"),
                "http://127.0.0.1:8080/webhooks/flowroute/s3cret/dlr"));

    assertThat(json.readTree(wire))
        .isEqualTo(
            json.readTree(
                """
                {"data":{"type":"message","attributes":{
                  "to":"12065551234","from":"12065550100","body":"Hello from the API",
                  "dlr_callback":"http://127.0.0.1:8080/webhooks/flowroute/s3cret/dlr"}}}
                """));
  }

  @Test
  void leaves_out_the_dlr_callback_when_there_is_none() throws Exception {
    String wire =
        FlowrouteJson.write(json, SendMessageRequest.of(OutboundMessages.sms("Hi"), null));

    assertThat(wire)
        .isEqualTo(
            "{\"data\":{\"type\":\"message\",\"attributes\":"
                + "{\"to\":\"12065551234\",\"from\":\"12065550100\",\"body\":\"Hi\"}}}");
  }

  @Test
  void serialises_an_mms_with_its_media_urls_and_is_mms() throws Exception {
    String wire =
        FlowrouteJson.write(
            json,
            SendMessageRequest.of(
                OutboundMessages.mms("hello there", "https://media.example/37.gif"), null));

    assertThat(json.readTree(wire))
        .isEqualTo(
            json.readTree(
                """
                {"data":{"type":"message","attributes":{
                  "to":"12065551234","from":"12065550100","body":"hello there",
                  "media_urls":["https://media.example/37.gif"],"is_mms":true}}}
                """));
  }

  @Test
  void leaves_out_the_body_of_a_media_only_mms() throws Exception {
    String wire =
        FlowrouteJson.write(
            json,
            SendMessageRequest.of(OutboundMessages.mms(null, "https://media.example/a.png"), null));

    assertThat(json.readTree(wire).at("/data/attributes").has("body")).isFalse();
    assertThat(json.readTree(wire).at("/data/attributes/is_mms").booleanValue()).isTrue();
  }

  @Test
  void never_sends_an_empty_media_urls_array() throws Exception {
    String wire =
        FlowrouteJson.write(json, SendMessageRequest.of(OutboundMessages.mms("text"), null));

    assertThat(json.readTree(wire).at("/data/attributes").has("media_urls")).isFalse();
  }
}
