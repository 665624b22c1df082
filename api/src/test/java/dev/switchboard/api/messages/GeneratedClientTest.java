package dev.switchboard.api.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.api.support.SandboxServices;
import dev.switchboard.api.support.Tokens;
import dev.switchboard.client.ApiClient;
import dev.switchboard.client.ApiException;
import dev.switchboard.client.api.MessagesApi;
import dev.switchboard.client.model.Direction;
import dev.switchboard.client.model.MessagePage;
import dev.switchboard.client.model.MessageStatus;
import dev.switchboard.client.model.MessageView;
import dev.switchboard.client.model.Problem;
import dev.switchboard.client.model.SendMessageRequest;
import dev.switchboard.client.model.TextEncoding;
import dev.switchboard.sandbox.emulator.FlowrouteEmulator;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The API through the Java client that api-client generates from the committed contract
 * (docs/openapi.yaml), as another service would call it: what the document promises is what the
 * application answers.
 */
@QuarkusTest
@WithTestResource(value = SandboxServices.class, scope = TestResourceScope.GLOBAL)
class GeneratedClientTest {

  static final String OUR_NUMBER = "+12065550100";

  FlowrouteEmulator emulator;

  static MessagesApi messages(String token) {
    ApiClient client =
        new ApiClient()
            .setHttpClientBuilder(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1))
            .setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
    client.updateBaseUri(SandboxServices.APP_URL);
    return new MessagesApi(client);
  }

  @Test
  void a_message_sent_through_the_generated_client_is_read_back_delivered_and_found()
      throws Exception {
    MessagesApi api = messages(Tokens.all(emulator));
    OffsetDateTime before = OffsetDateTime.now().minusMinutes(1);
    String to = "+12065550142";
    String body = "through the contract " + UUID.randomUUID();

    MessageView sent =
        api.sendMessage(
            new SendMessageRequest().from(OUR_NUMBER).to(to).body(body),
            "generated-client-" + UUID.randomUUID());

    assertThat(sent.getStatus()).isEqualTo(MessageStatus.QUEUED);
    assertThat(sent.getDirection()).isEqualTo(Direction.OUTBOUND);
    assertThat(sent.getEncoding()).isEqualTo(TextEncoding.GSM_7);
    assertThat(sent.getSegments()).isEqualTo(1);
    assertThat(sent.getCreatedAt()).isAfter(before);
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(api.getMessage(sent.getId()).getStatus())
                    .isEqualTo(MessageStatus.DELIVERED));
    MessagePage page =
        api.listMessages(
            null,
            Direction.OUTBOUND,
            false,
            10,
            OUR_NUMBER,
            to,
            before,
            MessageStatus.DELIVERED,
            null);
    assertThat(page.getData())
        .filteredOn(m -> m.getId().equals(sent.getId()))
        .singleElement()
        .satisfies(m -> assertThat(m.getBody()).isEqualTo(body));
  }

  @Test
  void a_refusal_reaches_the_generated_client_as_a_problem_of_the_catalogue() throws Exception {
    MessagesApi api = messages(Tokens.all(emulator));

    ApiException missing =
        catchThrowableOfType(ApiException.class, () -> api.getMessage(UUID.randomUUID()));
    ApiException unscoped =
        catchThrowableOfType(
            ApiException.class,
            () -> messages(Tokens.only(emulator, "numbers:read")).getMessage(UUID.randomUUID()));

    assertThat(missing.getCode()).isEqualTo(404);
    Problem problem = new ObjectMapper().readValue(missing.getResponseBody(), Problem.class);
    assertThat(problem.getCode()).isEqualTo(Problem.CodeEnum.MESSAGE_NOT_FOUND);
    assertThat(problem.getType().getValue())
        .hasToString("https://switchboard.dev/problems/message-not-found");
    assertThat(unscoped.getCode()).isEqualTo(403);
    assertThat(new ObjectMapper().readValue(unscoped.getResponseBody(), Problem.class).getCode())
        .isEqualTo(Problem.CodeEnum.FORBIDDEN);
  }
}
