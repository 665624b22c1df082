package dev.switchboard.api.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import dev.switchboard.api.support.SandboxServices;
import dev.switchboard.api.support.Tokens;
import dev.switchboard.sandbox.emulator.FlowrouteEmulator;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = SandboxServices.class, scope = TestResourceScope.GLOBAL)
class MetricsTest {

  FlowrouteEmulator emulator;

  @Test
  void operators_see_the_queue_the_outbox_flowroute_outcomes_webhooks_and_final_states() {
    given()
        .auth()
        .oauth2(Tokens.all(emulator))
        .contentType(ContentType.JSON)
        .body(Map.of("from", "+12065550101", "to", "+14255556001", "body", "metrics"))
        .post("/v1/messages")
        .then()
        .statusCode(202);
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                given()
                    .get("/q/metrics")
                    .then()
                    .statusCode(200)
                    .body(containsString("switchboard_messages_queued"))
                    .body(containsString("switchboard_outbox_pending"))
                    .body(containsString("switchboard_outbox_oldest_pending_seconds"))
                    .body(containsString("switchboard_outbox_relay_published_total"))
                    .body(containsString("switchboard_outbox_relay_failures 0.0"))
                    .body(containsString("switchboard_outbox_relay_running 1.0"))
                    .body(containsString("switchboard_outbox_relay_last_success_age_seconds"))
                    .body(
                        containsString("switchboard_flowroute_requests_total{outcome=\"accepted\""))
                    .body(containsString("switchboard_webhooks_total{kind=\"dlr\",outcome=\"ok\""))
                    .body(containsString("switchboard_messages_final_total{status=\"DELIVERED\""))
                    .body(not(containsString(SandboxServices.WEBHOOK_SECRET))));
  }

  /**
   * The deploy module's alerts and dashboard name only metrics this application really exports:
   * each name they use is scraped here from the running application, after one message went through
   * (so that counters with tags exist) and one guarded Flowroute call was made (SmallRye Fault
   * Tolerance registers the circuit breaker's metrics at its first call).
   */
  @Test
  void every_metric_the_alerts_and_the_dashboard_use_is_exported() throws Exception {
    Set<String> used = new TreeSet<>();
    for (Path file : List.of(DEPLOY.resolve("k8s/base/prometheusrule.yaml"), DASHBOARD)) {
      Matcher m = METRIC_SELECTOR.matcher(Files.readString(file));
      while (m.find()) {
        used.add(m.group(1));
      }
    }
    // Prometheus's own, per target.
    used.remove("up");
    assertThat(used)
        .as("the alerts and the dashboard select metrics")
        .contains(
            "switchboard_dispatcher_paused",
            "switchboard_outbox_relay_lag_seconds_max",
            "kafka_producer_record_send_total",
            "ft_circuitbreaker_state_current");

    given()
        .auth()
        .oauth2(Tokens.all(emulator))
        .get("/v1/numbers/available?startsWith=206")
        .then()
        .statusCode(200);

    given()
        .auth()
        .oauth2(Tokens.all(emulator))
        .contentType(ContentType.JSON)
        .body(Map.of("from", "+12065550101", "to", "+14255556002", "body", "exported"))
        .post("/v1/messages")
        .then()
        .statusCode(202);
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () -> {
              Set<String> exported = new TreeSet<>();
              for (String line : given().get("/q/metrics").asString().split("\n")) {
                Matcher m = EXPORTED.matcher(line);
                if (m.find()) {
                  exported.add(m.group(1));
                }
              }
              assertThat(exported).containsAll(used);
            });
  }

  private static final Path DEPLOY = Path.of("..", "deploy");
  private static final Path DASHBOARD = DEPLOY.resolve("monitoring/grafana-dashboard.json");

  /** A metric in PromQL: every selector has a job matcher, so every metric is followed by "{". */
  private static final Pattern METRIC_SELECTOR = Pattern.compile("\\b([a-z_:][a-z0-9_:]*)\\{");

  /** A sample line of the Prometheus text format: its metric name. */
  private static final Pattern EXPORTED = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)[{ ]");
}
