package dev.switchboard.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The batch step's request and its reading of the answer, so the harness cannot rot. */
class BatchShapeTest {

  @Test
  void a_batch_request_holds_distinct_valid_sends_and_fits_the_apis_default_body_limit()
      throws Exception {
    String body = BatchSendBenchmark.body(BatchSendBenchmark.PER_REQUEST);
    JsonNode messages = new ObjectMapper().readTree(body).path("messages");

    assertThat(messages.size()).isEqualTo(BatchSendBenchmark.PER_REQUEST);
    Set<String> texts = new HashSet<>();
    for (JsonNode m : messages) {
      assertThat(m.path("from").asText()).isEqualTo("+12065550100");
      assertThat(m.path("to").asText()).matches("\\+1[2-9]\\d{2}[2-9]\\d{6}");
      texts.add(m.path("body").asText());
    }
    assertThat(texts).hasSize(BatchSendBenchmark.PER_REQUEST);
    // switchboard.http.max-body-size is 256 KiB by default.
    assertThat(body.getBytes(StandardCharsets.UTF_8).length).isLessThan(256 * 1024);
  }

  @Test
  void the_accepted_count_is_read_from_the_batch_answer() {
    assertThat(BatchSendBenchmark.accepted("{\"accepted\": 100,\"refused\":0,\"results\":[]}"))
        .isEqualTo(100);
    assertThat(BatchSendBenchmark.accepted("{\"type\":\"https://x/problems/invalid-batch\"}"))
        .isEqualTo(-1);
    assertThat(BatchSendBenchmark.accepted(null)).isEqualTo(-1);
  }

  @Test
  void batch_is_a_step_of_the_suite() {
    assertThat(Options.parse("--only", "batch").runs("batch")).isTrue();
    assertThat(Options.parse("--only", "batch").runs("send")).isFalse();
  }
}
