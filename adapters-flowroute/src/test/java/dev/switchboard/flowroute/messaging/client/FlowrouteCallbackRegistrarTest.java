package dev.switchboard.flowroute.messaging.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.flowroute.http.Secret;
import dev.switchboard.flowroute.messaging.config.MessagingApiConfig;
import dev.switchboard.flowroute.messaging.webhook.WebhookConfig;
import dev.switchboard.flowroute.messaging.webhook.WebhookUrls;
import jakarta.ws.rs.ProcessingException;
import java.net.ConnectException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FlowrouteCallbackRegistrarTest {

  private final FakeMessagesApi flowroute = new FakeMessagesApi();
  private final WebhookUrls urls =
      new WebhookUrls(Optional.of("http://127.0.0.1:8080"), Secret.of("s3cret"));

  /** Messages v2 has no callback API (reference §8.1): nothing is sent to Flowroute. */
  @Test
  void a_deployment_on_messages_v2_registers_nothing() {
    WebhookConfig webhooks =
        new WebhookConfig() {
          @Override
          public Secret secret() {
            return Secret.of("s3cret");
          }

          @Override
          public Optional<String> publicBaseUrl() {
            return Optional.of("http://127.0.0.1:8080");
          }

          @Override
          public boolean registerCallbacks() {
            return true;
          }
        };
    MessagingApiConfig v2 = () -> MessagingApiConfig.MessagingApi.V2;

    assertThat(new FlowrouteCallbackRegistrar(flowroute, webhooks, v2).register()).isFalse();
    assertThat(flowroute.calls).isEmpty();
  }

  @Test
  void the_messaging_api_setting_reads_the_two_versions_and_refuses_others() {
    MessagingApiConfig.MessagingApi.Reader reader = new MessagingApiConfig.MessagingApi.Reader();

    assertThat(reader.convert("v2.1")).isEqualTo(MessagingApiConfig.MessagingApi.V2_1);
    assertThat(reader.convert(" V2 ")).isEqualTo(MessagingApiConfig.MessagingApi.V2);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> reader.convert("v3"))
        .hasMessageContaining("v2.1 or v2");
  }

  @Test
  void points_the_four_account_callbacks_at_our_webhooks() {
    for (int i = 0; i < 4; i++) {
      flowroute.answer(204, null);
    }

    boolean registered = new FlowrouteCallbackRegistrar(flowroute, urls, true).register();

    assertThat(registered).isTrue();
    assertThat(flowroute.calls)
        .containsExactly(
            "PUT /v2.1/messages/sms_callback",
            "PUT /v2.1/messages/mms_callback",
            "PUT /v2.1/messages/sms_dlr_callback",
            "PUT /v2.1/messages/mms_dlr_callback");
    assertThat(flowroute.bodies)
        .containsExactly(
            "{\"callback_url\":\"http://127.0.0.1:8080/webhooks/flowroute/s3cret/sms\"}",
            "{\"callback_url\":\"http://127.0.0.1:8080/webhooks/flowroute/s3cret/mms\"}",
            "{\"callback_url\":\"http://127.0.0.1:8080/webhooks/flowroute/s3cret/dlr\"}",
            "{\"callback_url\":\"http://127.0.0.1:8080/webhooks/flowroute/s3cret/dlr\"}");
  }

  @Test
  void gives_up_quietly_when_flowroute_is_down() {
    flowroute.fail(new ProcessingException(new ConnectException("Connection refused")));

    boolean registered = new FlowrouteCallbackRegistrar(flowroute, urls, true).register();

    assertThat(registered).isFalse();
    assertThat(flowroute.calls).hasSize(1);
  }

  @Test
  void stops_at_the_first_refusal() {
    flowroute.answer(401, "{\"errors\":[{\"status\":401,\"title\":\"Unauthorized\"}]}");

    assertThat(new FlowrouteCallbackRegistrar(flowroute, urls, true).register()).isFalse();
    assertThat(flowroute.calls).hasSize(1);
  }

  @Test
  void does_nothing_when_disabled_or_without_a_public_url() {
    assertThat(new FlowrouteCallbackRegistrar(flowroute, urls, false).register()).isFalse();
    assertThat(
            new FlowrouteCallbackRegistrar(
                    flowroute, new WebhookUrls(Optional.empty(), Secret.of("s")), true)
                .register())
        .isFalse();
    assertThat(flowroute.calls).isEmpty();
  }

  @Test
  void never_shows_the_secret_when_printed() {
    assertThat(urls.toString()).doesNotContain("s3cret");
    assertThat(Secret.of("s3cret").toString()).doesNotContain("s3cret");
    assertThat(urls.redact("failed PUT http://127.0.0.1:8080/webhooks/flowroute/s3cret/sms"))
        .doesNotContain("s3cret");
  }
}
