package dev.switchboard.flowroute.messaging.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.domain.messaging.CarrierException;
import dev.switchboard.domain.messaging.CarrierException.Kind;
import dev.switchboard.domain.messaging.port.out.MessageGateway;
import dev.switchboard.flowroute.Documents;
import dev.switchboard.flowroute.OutboundMessages;
import dev.switchboard.flowroute.http.FlowrouteJson;
import dev.switchboard.flowroute.http.Secret;
import dev.switchboard.flowroute.messaging.webhook.WebhookUrls;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import java.net.ConnectException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class FlowrouteMessageGatewayTest {

  private static final Instant NOW = Instant.parse("2026-11-27T09:05:00Z");
  private static final String ACCEPTED =
      """
      {"data":{"id":"mdr2-39cadeace66e11e7aff806cd7f24ba2d","type":"message",
        "links":{"self":"https://api.flowroute.com/v2.1/messages/mdr2-39cadeace66e11e7aff806cd7f24ba2d"}}}
      """;

  private final ObjectMapper json = FlowrouteJson.mapper();
  private final FakeMessagesApi flowroute = new FakeMessagesApi();

  private FlowrouteMessageGateway gateway(Optional<String> publicBaseUrl) {
    return new FlowrouteMessageGateway(
        flowroute,
        new WebhookUrls(publicBaseUrl, Secret.of("s3cret")),
        Clock.fixed(NOW, ZoneOffset.UTC));
  }

  /**
   * The request shape: Flowroute reference §6.1 (JSON:API form and the per-message {@code
   * dlr_callback}, "overrides the account/number sms_dlr_callback for this message");
   * flowroute-sdk-v3-python README, send_a_message. The callback path carries our message id.
   */
  @Test
  void sends_the_envelope_with_the_dlr_callback_and_returns_flowroutes_id() throws Exception {
    flowroute.answer(202, ACCEPTED);

    String id = gateway(Optional.of("http://127.0.0.1:8080/")).send(OutboundMessages.sms("Hello"));

    assertThat(id).isEqualTo("mdr2-39cadeace66e11e7aff806cd7f24ba2d");
    assertThat(json.readTree(flowroute.bodies.get(0)))
        .isEqualTo(
            json.readTree(
                """
                {"data":{"type":"message","attributes":{"to":"12065551234","from":"12065550100",
                  "body":"Hello","dlr_callback":
                  "http://127.0.0.1:8080/webhooks/flowroute/s3cret/dlr/0190f2c4-0000-7000-8000-000000000001"}}}
                """));
  }

  @Test
  void sends_no_dlr_callback_without_a_public_url() throws Exception {
    flowroute.answer(202, ACCEPTED);

    gateway(Optional.empty()).send(OutboundMessages.sms("Hello"));

    assertThat(json.readTree(flowroute.bodies.get(0)).at("/data/attributes").has("dlr_callback"))
        .isFalse();
  }

  @Test
  void maps_a_refusal_to_a_permanent_failure_with_flowroutes_reason() {
    flowroute.answer(
        422,
        """
        {"errors":[{"id":"e","status":422,"title":"Client Error","detail":"bad 'to'"}]}
        """);

    assertThatThrownBy(() -> gateway(Optional.empty()).send(OutboundMessages.sms("Hello")))
        .isInstanceOfSatisfying(
            CarrierException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(Kind.PERMANENT);
              assertThat(e.code()).isEqualTo("http-422");
              assertThat(e.reason()).isEqualTo("bad 'to'");
            });
  }

  @Test
  void passes_on_retry_after_of_a_429() {
    flowroute.answer(
        Response.status(429).header("Retry-After", "3").entity("{\"errors\":[]}").build());

    assertThatThrownBy(() -> gateway(Optional.empty()).send(OutboundMessages.sms("Hello")))
        .isInstanceOfSatisfying(
            CarrierException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
              assertThat(e.retryAfter()).contains(Duration.ofSeconds(3));
            });
  }

  @Test
  void a_refused_connection_is_transient_and_a_timeout_uncertain() {
    flowroute.fail(new ProcessingException(new ConnectException("Connection refused")));
    flowroute.fail(new ProcessingException(new TimeoutException("read timeout")));
    FlowrouteMessageGateway gateway = gateway(Optional.empty());

    assertThatThrownBy(() -> gateway.send(OutboundMessages.sms("a")))
        .isInstanceOfSatisfying(
            CarrierException.class, e -> assertThat(e.kind()).isEqualTo(Kind.TRANSIENT));
    assertThatThrownBy(() -> gateway.send(OutboundMessages.sms("a")))
        .isInstanceOfSatisfying(
            CarrierException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(Kind.UNCERTAIN);
              assertThat(e.code()).isEqualTo("uncertain");
            });
  }

  @Test
  void an_acceptance_without_an_id_is_uncertain() {
    flowroute.answer(202, "{}");

    assertThatThrownBy(() -> gateway(Optional.empty()).send(OutboundMessages.sms("a")))
        .isInstanceOfSatisfying(
            CarrierException.class, e -> assertThat(e.kind()).isEqualTo(Kind.UNCERTAIN));
  }

  @Test
  void finds_the_accepted_message_on_a_later_page() {
    flowroute
        .answer(
            200,
            """
            {"data":[
              {"type":"message","id":"mdr2-inbound","attributes":{"direction":"inbound",
                "from":"12065551234","to":"12065550100","body":"Hello"}},
              {"type":"message","id":"mdr2-other","attributes":{"direction":"outbound",
                "from":"12065550100","to":"12065551234","body":"Something else"}}],
             "links":{"next":"http://cdr-api/v2.1/messages?limit=200&start_date=x&offset=200"}}
            """)
        .answer(
            200,
            """
            {"data":[
              {"type":"message","id":"mdr2-wanted","attributes":{"direction":"outbound",
                "from":"12065550100","to":"12065551234","body":"Hello","status":"smsc submit"}}]}
            """);

    MessageGateway.Lookup found =
        gateway(Optional.empty())
            .findAccepted(
                OutboundMessages.sms("Hello"), Instant.parse("2026-11-27T08:59:00.123Z"), NOW);

    assertThat(found.candidates()).containsExactly("mdr2-wanted");
    assertThat(found.complete()).isTrue();
    assertThat(flowroute.calls)
        .containsExactly(
            "GET /v2.1/messages?start_date=2026-11-27T08:59:00.00Z"
                + "&end_date=2026-11-27T09:06:00.00Z&limit=200&offset=0",
            "GET /v2.1/messages?start_date=2026-11-27T08:59:00.00Z"
                + "&end_date=2026-11-27T09:06:00.00Z&limit=200&offset=200");
  }

  @Test
  void finds_nothing_when_the_last_page_has_no_match() {
    flowroute.answer(200, "{\"data\":[],\"links\":{}}");

    MessageGateway.Lookup found =
        gateway(Optional.empty()).findAccepted(OutboundMessages.sms("Hello"), NOW, NOW);

    assertThat(found.candidates()).isEmpty();
    assertThat(found.complete()).isTrue();
  }

  @Test
  void returns_every_matching_record_so_the_caller_can_skip_the_ones_it_already_has() {
    flowroute.answer(
        200,
        """
        {"data":[
          {"type":"message","id":"mdr2-earlier","attributes":{"direction":"outbound",
            "from":"12065550100","to":"12065551234","body":"Hello"}},
          {"type":"message","id":"mdr2-later","attributes":{"direction":"outbound",
            "from":"12065550100","to":"12065551234","body":"Hello"}}]}
        """);

    assertThat(
            gateway(Optional.empty())
                .findAccepted(OutboundMessages.sms("Hello"), NOW, NOW)
                .candidates())
        .containsExactly("mdr2-earlier", "mdr2-later");
  }

  @Test
  void a_listing_cut_short_by_the_page_limit_is_incomplete_not_empty() {
    String page =
        """
        {"data":[{"type":"message","id":"mdr2-x","attributes":{"direction":"outbound",
          "from":"12065550100","to":"12065551234","body":"Other"}}],
         "links":{"next":"https://api.flowroute.com/v2.1/messages?offset=%d"}}
        """;
    for (int i = 1; i <= MessageRecords.MAX_PAGES; i++) {
      flowroute.answer(200, page.formatted(i * MessageRecords.PAGE_SIZE));
    }

    MessageGateway.Lookup found =
        gateway(Optional.empty()).findAccepted(OutboundMessages.sms("Hello"), NOW, NOW);

    assertThat(found.complete()).isFalse();
    assertThat(found.candidates()).isEmpty();
  }

  /** The probe: the MDR listing with limit 1 (reference §6.4), refused as 401 like any call. */
  @Test
  void the_probe_is_a_one_record_listing_and_a_refusal_is_unauthorized() {
    flowroute.answer(200, "{\"data\":[]}");
    flowroute.answer(
        401,
        """
        {"errors":[{"id":"e","status":401,"title":"Unauthorized","detail":"Authentication failed."}]}
        """);
    FlowrouteMessageGateway gateway = gateway(Optional.empty());

    gateway.probe();
    assertThatThrownBy(gateway::probe)
        .isInstanceOfSatisfying(
            CarrierException.class, e -> assertThat(e.kind()).isEqualTo(Kind.UNAUTHORIZED));
    assertThat(flowroute.calls.get(0)).contains("&limit=1&offset=0");
  }

  @Test
  void a_failing_lookup_is_a_carrier_exception() {
    flowroute.answer(503, "");

    assertThatThrownBy(
            () -> gateway(Optional.empty()).findAccepted(OutboundMessages.sms("x"), NOW, NOW))
        .isInstanceOf(CarrierException.class);
  }

  @Test
  void an_mms_is_found_only_among_mms_records() throws Exception {
    String mdr =
        """
        {"id":"mdr2-1","attributes":{"direction":"outbound","from":"12065550100",
          "to":"12065551234","body":null,"is_mms":%s}}
        """;
    var mms = OutboundMessages.mms(null, "https://media.example/a.png");

    assertThat(
            MessageRecords.isSameMessage(
                Documents.resource(mdr.formatted("true"), MessageRecord.class), mms))
        .isTrue();
    assertThat(
            MessageRecords.isSameMessage(
                Documents.resource(mdr.formatted("false"), MessageRecord.class), mms))
        .isFalse();
    assertThat(
            MessageRecords.isSameMessage(
                Documents.resource(mdr.formatted("\"true\""), MessageRecord.class),
                OutboundMessages.sms("")))
        .isFalse();
  }

  @Test
  void reads_the_offset_of_a_next_link() {
    assertThat(
            MessageRecords.offsetOf(
                "https://api.flowroute.com/v2.1/messages?limit=2&start_date=2017-12-01T00%3A00%3A00%2B00%3A00&offset=2"))
        .contains(2);
    assertThat(MessageRecords.offsetOf("https://api.flowroute.com/v2.1/messages")).isEmpty();
  }
}
