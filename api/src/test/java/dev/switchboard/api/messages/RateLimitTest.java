package dev.switchboard.api.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.switchboard.api.support.ApiMessages;
import dev.switchboard.api.support.SandboxServices;
import dev.switchboard.api.support.Tokens;
import dev.switchboard.sandbox.emulator.FlowrouteEmulator;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = SandboxServices.class, scope = TestResourceScope.GLOBAL)
class RateLimitTest {

  FlowrouteEmulator emulator;

  @Test
  void a_flowroute_that_answers_429_still_gets_every_message_exactly_once() {
    // Flowroute allows fewer sends than the dispatcher's rate: it must slow down on 429s.
    emulator.faults().setRates(2, 1);
    long limitedBefore = emulator.rateLimitedSends();
    String batch = "burst " + UUID.randomUUID();
    List<String> ids = new ArrayList<>();
    try {
      for (int i = 0; i < 8; i++) {
        ids.add(
            ApiMessages.sent(Tokens.all(emulator), "+12065550102", "+1425555" + (4100 + i), batch));
      }
      for (String id : ids) {
        await()
            .atMost(Duration.ofSeconds(60))
            .until(() -> "DELIVERED".equals(ApiMessages.statusOf(Tokens.all(emulator), id)));
      }
    } finally {
      emulator.faults().reset();
    }
    assertThat(emulator.rateLimitedSends()).isGreaterThan(limitedBefore);
    assertThat(emulator.messages().stream().filter(m -> batch.equals(m.body())).count())
        .isEqualTo(8);
  }
}
