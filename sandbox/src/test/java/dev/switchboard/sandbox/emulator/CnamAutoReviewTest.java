package dev.switchboard.sandbox.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.sandbox.emulator.cnam.CnamRecord;
import dev.switchboard.sandbox.emulator.cnam.CnamService;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CnamAutoReviewTest {

  private static FlowrouteEmulator emulator;
  private static FlowrouteClient client;

  @BeforeAll
  static void start() {
    emulator =
        FlowrouteEmulator.start(
            EmulatorConfig.defaults().withPort(0).withCnamAutoReview(Duration.ofMillis(200)));
    client = FlowrouteClient.of(emulator);
  }

  @AfterAll
  static void stop() {
    emulator.close();
  }

  @BeforeEach
  void reset() {
    emulator.reset();
  }

  private static String create(String value) {
    FlowrouteClient.Response created =
        client.post(
            "/v2/cnams", FlowrouteClient.MAPPER.createObjectNode().put("value", value).toString());
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.json().path("data").path("attributes").path("is_approved").asBoolean(true))
        .isFalse();
    return created.json().path("data").path("id").asText();
  }

  @Test
  void approves_ordinary_names_and_rejects_police_after_the_delay() {
    String acme = create("Acme Corp");
    String police = create("Seattle Police");

    assertThat(emulator.cnam(acme).orElseThrow().pending()).isTrue();
    waitFor(() -> !emulator.cnam(acme).orElseThrow().pending());
    waitFor(() -> !emulator.cnam(police).orElseThrow().pending());

    assertThat(emulator.cnam(acme).orElseThrow().approved()).isTrue();
    CnamRecord rejected = emulator.cnam(police).orElseThrow();
    assertThat(rejected.rejected()).isTrue();
    assertThat(rejected.rejectionReason()).isEqualTo(CnamService.AUTO_REJECTION_REASON);
    assertThat(client.patch("/v2/numbers/12065550100/relationships/cnams/" + acme).status())
        .isEqualTo(202);
    assertThat(client.patch("/v2/numbers/12065550100/relationships/cnams/" + police).status())
        .isEqualTo(422);
  }

  @Test
  void an_update_starts_the_review_delay_again_and_reviews_the_new_value() throws Exception {
    String id = create("Acme Corp");
    Thread.sleep(120);

    assertThat(client.patch("/v2/cnams/" + id, "{\"value\":\"City Police\"}").status())
        .isEqualTo(200);
    Thread.sleep(120);

    assertThat(emulator.cnam(id).orElseThrow().pending()).isTrue();
    waitFor(() -> !emulator.cnam(id).orElseThrow().pending());
    assertThat(emulator.cnam(id).orElseThrow().rejected()).isTrue();
  }

  @Test
  void a_reset_abandons_planned_reviews() throws Exception {
    create("Acme Corp");

    emulator.reset();
    String fresh = create("Other Name");
    Thread.sleep(120);

    // the review planned for the old record 30001 must not approve the new one early
    assertThat(emulator.cnam(fresh).orElseThrow().pending()).isTrue();
    waitFor(() -> emulator.cnam(fresh).orElseThrow().approved());
  }

  private static void waitFor(BooleanSupplier condition) {
    Instant deadline = Instant.now().plusSeconds(5);
    while (!condition.getAsBoolean()) {
      assertThat(Instant.now()).as("condition within 5 s").isBefore(deadline);
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
