package dev.switchboard.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class InboundShapeTest {

  @Test
  void the_generated_webhook_is_flowroute_v2_1_inbound_sms_json() throws Exception {
    String id = Ids.mdr();
    JsonNode json =
        new ObjectMapper()
            .readTree(InboundBenchmark.webhook(id, "13125012345", "12065550100", "hello"));
    assertThat(id).matches("mdr2-[0-9a-f]{32}");
    assertThat(json.at("/data/type").asText()).isEqualTo("message");
    assertThat(json.at("/data/id").asText()).isEqualTo(id);
    assertThat(json.at("/data/attributes/direction").asText()).isEqualTo("inbound");
    assertThat(json.at("/data/attributes/from").asText()).isEqualTo("13125012345");
    assertThat(json.at("/data/attributes/is_mms").asBoolean()).isFalse();
  }

  @Test
  void generated_peers_are_valid_north_american_numbers() {
    for (int i = 0; i < 1000; i++) {
      assertThat(Ids.peer()).matches("1[2-9]\\d{2}[2-9]\\d{6}");
    }
  }

  @Test
  void the_watcher_finds_the_flowroute_id_in_event_data() {
    byte[] data =
        "{\"id\":\"x\",\"flowrouteId\":\"mdr2-abc\",\"body\":\"hi\"}"
            .getBytes(StandardCharsets.UTF_8);
    assertThat(EventWatcher.flowrouteId(data)).isEqualTo("mdr2-abc");
    assertThat(EventWatcher.flowrouteId("{}".getBytes(StandardCharsets.UTF_8))).isNull();
  }
}
