package dev.switchboard.api.numbers;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.switchboard.api.support.BehindTheBack;
import dev.switchboard.api.support.SandboxServices;
import dev.switchboard.api.support.Tokens;
import dev.switchboard.flowroute.http.FlowrouteGuard;
import dev.switchboard.sandbox.emulator.FlowrouteEmulator;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = SandboxServices.class, scope = TestResourceScope.GLOBAL)
class FlowrouteDownTest {

  private static final String PROBLEMS = "https://switchboard.dev/problems/";

  FlowrouteEmulator emulator;

  @Inject CircuitBreakerMaintenance breakers;

  /** Each test starts with a closed breaker and leaves one, whatever the other tests did. */
  @BeforeEach
  @AfterEach
  void closeTheBreaker() {
    new BehindTheBack(emulator).setDown(false);
    breakers.reset(FlowrouteGuard.NAME);
  }

  RequestSpecification api() {
    return given().auth().oauth2(Tokens.all(emulator));
  }

  @Test
  void the_inventory_is_read_while_flowroute_is_down_and_changes_are_refused_clearly() {
    BehindTheBack flowroute = new BehindTheBack(emulator);
    String available = flowroute.availableIn("212", 0);
    api()
        .contentType(ContentType.JSON)
        .body(Map.of("number", available))
        .post("/v1/numbers")
        .then()
        .statusCode(201);
    String number = "+" + available;

    flowroute.setDown(true);
    try {
      api().get("/v1/numbers").then().statusCode(200).body("data.number", hasItem(number));
      api().get("/v1/numbers/" + number).then().statusCode(200).body("number", equalTo(number));
      api()
          .contentType(ContentType.JSON)
          .body(Map.of("alias", "while down"))
          .patch("/v1/numbers/" + number)
          .then()
          .statusCode(503)
          .contentType("application/problem+json")
          .header("Retry-After", org.hamcrest.Matchers.notNullValue())
          .body("type", equalTo("https://switchboard.dev/problems/flowroute-unavailable"));
      api()
          .get("/v1/numbers/available?startsWith=212")
          .then()
          .statusCode(503)
          .body("type", equalTo("https://switchboard.dev/problems/flowroute-unavailable"));
    } finally {
      flowroute.setDown(false);
    }
    api().get("/v1/numbers/" + number).then().statusCode(200).body("alias", equalTo(null));
  }

  @Test
  void a_failing_flowroute_opens_the_breaker_which_answers_at_once_and_closes_once_it_is_back() {
    BehindTheBack flowroute = new BehindTheBack(emulator);
    flowroute.setDown(true);

    // Each search fails after its retries; the breaker judges the last 10 calls (the default
    // switchboard.flowroute.circuit-breaker.request-volume-threshold), so it opens at the 10th.
    int failures = 0;
    while (!searchAnswers("flowroute-circuit-open")) {
      failures++;
      assertThat(failures).as("searches answered flowroute-unavailable").isLessThanOrEqualTo(10);
    }
    assertThat(failures).isEqualTo(10);
    assertThat(breakers.currentState(FlowrouteGuard.NAME)).isEqualTo(CircuitBreakerState.OPEN);

    // While open: 503 at once, with the breaker's delay (4 s in the tests) as Retry-After, and
    // Flowroute is not called at all.
    long before = numbersRequestsAtFlowroute();
    for (int i = 0; i < 3; i++) {
      search()
          .then()
          .statusCode(503)
          .contentType("application/problem+json")
          .header("Retry-After", equalTo("4"))
          .body("type", equalTo(PROBLEMS + "flowroute-circuit-open"));
    }
    assertThat(numbersRequestsAtFlowroute()).isEqualTo(before);

    // Flowroute back: after the delay a trial call goes through and closes the breaker.
    flowroute.setDown(false);
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (search().statusCode() != 200) {
      assertThat(System.nanoTime()).as("breaker closed in time").isLessThan(deadline);
    }
    assertThat(breakers.currentState(FlowrouteGuard.NAME)).isEqualTo(CircuitBreakerState.CLOSED);
    assertThat(numbersRequestsAtFlowroute()).isGreaterThan(before);
  }

  private Response search() {
    return api().get("/v1/numbers/available?startsWith=212");
  }

  /** Whether a search is refused with that problem (any other 503 is flowroute-unavailable). */
  private boolean searchAnswers(String problem) {
    Response answer = search();
    assertThat(answer.statusCode()).isEqualTo(503);
    String type = answer.path("type");
    if (type.equals(PROBLEMS + problem)) {
      return true;
    }
    assertThat(type).isEqualTo(PROBLEMS + "flowroute-unavailable");
    return false;
  }

  /** The Numbers API requests in the emulator's request log (other tests' sends aside). */
  private long numbersRequestsAtFlowroute() {
    return emulator.requests().stream().filter(r -> r.path().startsWith("/v2/numbers")).count();
  }
}
