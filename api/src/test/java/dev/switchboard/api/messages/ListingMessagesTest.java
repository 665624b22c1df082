package dev.switchboard.api.messages;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.api.support.ApiMessages;
import dev.switchboard.api.support.SandboxServices;
import dev.switchboard.api.support.Tokens;
import dev.switchboard.sandbox.emulator.FlowrouteEmulator;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = SandboxServices.class, scope = TestResourceScope.GLOBAL)
class ListingMessagesTest {

  FlowrouteEmulator emulator;

  String send(String to, String body) {
    return ApiMessages.sent(Tokens.all(emulator), "+12065550101", to, body);
  }

  JsonPath page(String peer, String cursor) {
    var request =
        given()
            .auth()
            .oauth2(Tokens.all(emulator))
            .queryParam("number", "+12065550101")
            .queryParam("peer", peer)
            .queryParam("limit", 2);
    if (cursor != null) {
      request.queryParam("cursor", cursor);
    }
    return request.get("/v1/messages").then().statusCode(200).extract().jsonPath();
  }

  @Test
  void a_conversation_pages_newest_first_without_gaps_or_repeats() {
    String peer = "+1425555" + ThreadLocalRandom.current().nextInt(2000, 9000);
    List<String> sent = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      sent.add(send(peer, "conversation " + i));
    }
    List<String> seen = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      JsonPath page = page(peer, cursor);
      seen.addAll(page.getList("data.id"));
      cursor = page.getString("nextCursor");
      pages++;
    } while (cursor != null && pages < 10);

    assertThat(pages).isEqualTo(3);
    List<String> newestFirst = new ArrayList<>(sent);
    java.util.Collections.reverse(newestFirst);
    assertThat(seen).containsExactlyElementsOf(newestFirst);
  }

  @Test
  void filters_by_direction_and_status() {
    String peer = "+1425555" + ThreadLocalRandom.current().nextInt(2000, 9000);
    send(peer, "filtered");
    List<String> inbound =
        given()
            .auth()
            .oauth2(Tokens.all(emulator))
            .queryParam("number", peer)
            .queryParam("direction", "inbound")
            .get("/v1/messages")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("data.id");
    assertThat(inbound).isEmpty();
    List<String> outbound =
        given()
            .auth()
            .oauth2(Tokens.all(emulator))
            .queryParam("number", peer)
            .queryParam("direction", "OUTBOUND")
            .get("/v1/messages")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("data.direction");
    assertThat(outbound).containsOnly("OUTBOUND").hasSize(1);
  }
}
