package dev.switchboard.flowroute.numbers.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.numbers.MessagingSource;
import dev.switchboard.domain.numbers.NumberUpdate;
import dev.switchboard.domain.numbers.ProviderResult;
import dev.switchboard.domain.routes.Route;
import dev.switchboard.domain.routes.RouteId;
import dev.switchboard.domain.routes.RouteSpec;
import dev.switchboard.domain.routes.RouteType;
import dev.switchboard.domain.shared.ConflictException;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.NotFoundException;
import dev.switchboard.domain.shared.UpstreamException;
import dev.switchboard.domain.shared.UpstreamException.Kind;
import dev.switchboard.flowroute.routes.client.FlowrouteRouteProvider;
import dev.switchboard.flowroute.routes.client.RouteWireFormatTest;
import jakarta.ws.rs.ProcessingException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Paging, partial success, retries and errors of the Flowroute numbers adapter. */
class FlowrouteNumberProviderTest {

  private static final E164Number NUMBER = new E164Number("+16502390214");
  private static final RouteSpec HOST =
      new RouteSpec(RouteType.HOST, "pbx.example.com", "pbx", Optional.empty());

  private final FakeNumbersApi flowroute = new FakeNumbersApi();
  private final List<Duration> waits = new ArrayList<>();
  private final FlowrouteCatalogue catalogue = new FlowrouteCatalogue(flowroute, waits::add);
  private final FlowrouteNumberProvider provider =
      new FlowrouteNumberProvider(flowroute, waits::add);
  private final FlowrouteRouteProvider routes = new FlowrouteRouteProvider(flowroute, waits::add);

  @Test
  void follows_next_links_by_their_offset_until_flowroute_leaves_them_out() {
    flowroute
        .answer(
            200, numbersPage("http://internal-host/numbers?limit=200&offset=200", "12065550100"))
        .answer(200, numbersPage(null, "12065550101"));

    List<E164Number> all = provider.allNumbers();

    assertThat(all).containsExactly(new E164Number("+12065550100"), new E164Number("+12065550101"));
    assertThat(flowroute.calls)
        .containsExactly(
            "GET /v2/numbers?limit=200&offset=0", "GET /v2/numbers?limit=200&offset=200");
  }

  @Test
  void lists_every_route_across_pages() {
    flowroute
        .answer(
            200,
            """
            {"data":[{"type":"route","id":"0","attributes":{"alias":"sip-reg","route_type":"sip-reg"}}],
             "links":{"next":"https://api.flowroute.com/v2/routes?limit=200&offset=200"}}
            """)
        .answer(200, "{\"data\":[" + RouteWireFormatTest.ROUTE + "],\"links\":{}}");

    assertThat(routes.allRoutes())
        .extracting(Route::id)
        .containsExactly(RouteId.SIP_REG, new RouteId("83834"));
    assertThat(flowroute.calls).element(1).isEqualTo("GET /v2/routes?limit=200&offset=200");
  }

  @Test
  void a_207_purchase_reports_flowroutes_detail_as_the_partial_failure() {
    flowroute.answer(
        207,
        NumberWireFormatTest.NUMBER_DETAILS.replaceFirst(
            "\\{",
            "{\"errors\":[{\"detail\":\"Messaging could not be enabled.\",\"status\":207}],"));

    ProviderResult result = provider.purchase(NUMBER, false, true);

    assertThat(result.partialFailure()).contains("Messaging could not be enabled.");
    assertThat(result.number().number()).isEqualTo(NUMBER);
    assertThat(result.number().messagingEnabled()).isFalse();
    assertThat(result.number().messagingSource()).isEqualTo(MessagingSource.REPORTED);
  }

  @Test
  void a_207_update_without_the_number_reads_it_back() {
    flowroute.answer(207, "").answer(200, NumberWireFormatTest.NUMBER_DETAILS);

    ProviderResult result =
        provider.update(NUMBER, new NumberUpdate(null, null, Optional.of(true)));

    assertThat(result.partialFailure())
        .contains("Flowroute could not set up messaging for this number (HTTP 207)");
    assertThat(result.number().number()).isEqualTo(NUMBER);
    assertThat(flowroute.calls)
        .containsExactly("PATCH /v2/numbers/16502390214", "GET /v2/numbers/16502390214");
  }

  @Test
  void a_successful_purchase_has_no_partial_failure_and_the_messaging_asked() {
    flowroute.answer(201, NumberWireFormatTest.NUMBER_DETAILS);

    ProviderResult result = provider.purchase(NUMBER, true, true);

    assertThat(result.partialFailure()).isEmpty();
    assertThat(result.number().messagingEnabled()).isTrue();
    assertThat(result.number().messagingSource()).isEqualTo(MessagingSource.REQUESTED);
    assertThat(result.number().primaryRoute()).contains(RouteId.SIP_REG);
  }

  /** The v2.1 purchase example shows messaging_enabled false: provisioning has not finished. */
  @Test
  void a_purchase_answered_with_messaging_still_false_keeps_the_messaging_we_asked_for() {
    flowroute.answer(
        201,
        NumberWireFormatTest.NUMBER_DETAILS.replace(
            "\"cnam_lookups_enabled\"", "\"messaging_enabled\":false,\"cnam_lookups_enabled\""));

    ProviderResult result = provider.purchase(NUMBER, false, true);

    assertThat(result.number().messagingEnabled()).isTrue();
    assertThat(result.number().messagingSource()).isEqualTo(MessagingSource.REQUESTED);
  }

  @Test
  void an_alias_update_answered_without_messaging_leaves_the_setting_unknown_not_false() {
    flowroute.answer(200, NumberWireFormatTest.NUMBER_DETAILS);

    ProviderResult result =
        provider.update(NUMBER, new NumberUpdate(Optional.of("Desk"), null, null));

    assertThat(result.number().messagingSource()).isEqualTo(MessagingSource.UNKNOWN);
  }

  @Test
  void retries_a_read_after_server_errors_with_short_back_off() {
    flowroute.answer(503).answer(502).answer(200, NumberWireFormatTest.NUMBER_DETAILS);

    assertThat(provider.details(NUMBER).number()).isEqualTo(NUMBER);
    assertThat(flowroute.calls).hasSize(3);
    assertThat(waits).containsExactly(Duration.ofMillis(100), Duration.ofMillis(300));
  }

  @Test
  void gives_up_after_three_attempts_without_an_answer() {
    ProcessingException refused = new ProcessingException(new ConnectException("refused"));
    flowroute.fail(refused).fail(refused).fail(refused);

    assertThatThrownBy(() -> provider.details(NUMBER))
        .isInstanceOfSatisfying(
            UpstreamException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE);
              assertThat(e.code()).isEqualTo("flowroute-unavailable");
            });
    assertThat(flowroute.calls).hasSize(3);
  }

  @Test
  void never_retries_a_post() {
    flowroute.answer(503);

    assertThatThrownBy(() -> provider.purchase(NUMBER, false, false))
        .isInstanceOfSatisfying(
            UpstreamException.class, e -> assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE));
    flowroute.fail(new ProcessingException(new SocketTimeoutException("read timed out")));
    assertThatThrownBy(() -> routes.createRoute(HOST)).isInstanceOf(UpstreamException.class);
    assertThat(flowroute.calls).hasSize(2);
    assertThat(waits).isEmpty();
  }

  @Test
  void waits_for_a_short_retry_after_then_tries_again() {
    flowroute.answerRetryAfter(429, "1").answer(204);

    routes.deleteRoute(new RouteId("83834"));

    assertThat(waits).containsExactly(Duration.ofSeconds(1));
    assertThat(flowroute.calls).hasSize(2);
  }

  @Test
  void reports_a_long_retry_after_at_once() {
    flowroute.answerRetryAfter(429, "30");

    assertThatThrownBy(() -> routes.edgeStrategies())
        .isInstanceOfSatisfying(
            UpstreamException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
              assertThat(e.retryAfter()).contains(Duration.ofSeconds(30));
            });
    assertThat(waits).isEmpty();
  }

  @Test
  void a_release_whose_first_answer_was_lost_is_done_when_the_number_is_gone() {
    flowroute
        .fail(new ProcessingException(new SocketTimeoutException("read timed out")))
        .answer(
            404, "{\"errors\":[{\"detail\":\"Could not find that resource on your account.\"}]}");

    provider.release(NUMBER);

    assertThat(flowroute.calls)
        .containsExactly("DELETE /v2/numbers/16502390214", "DELETE /v2/numbers/16502390214");
  }

  @Test
  void releasing_an_unknown_number_is_not_found() {
    flowroute.answer(
        404, "{\"errors\":[{\"detail\":\"Could not find that resource on your account.\"}]}");

    assertThatThrownBy(() -> provider.release(NUMBER))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.code()).isEqualTo("number-not-found"));
  }

  @Test
  void deleting_a_route_still_in_use_is_a_conflict_and_is_not_retried() {
    flowroute.answer(
        403,
        "{\"errors\":[{\"detail\":\"Please disassociate all numbers before deleting.\",\"status\":403}]}");

    assertThatThrownBy(() -> routes.deleteRoute(new RouteId("83834")))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("route-in-use"));
    assertThat(flowroute.calls).hasSize(1);
  }

  @Test
  void a_refusal_to_delete_the_built_in_sip_reg_route_is_no_conflict() {
    flowroute.answer(
        403, "{\"errors\":[{\"detail\":\"The sip-reg route cannot be deleted.\",\"status\":403}]}");

    assertThatThrownBy(() -> routes.deleteRoute(RouteId.SIP_REG))
        .isInstanceOfSatisfying(
            UpstreamException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(Kind.REFUSED);
              assertThat(e.getMessage()).isEqualTo("The sip-reg route cannot be deleted.");
            });
  }

  @Test
  void renaming_a_route_to_an_alias_in_use_is_a_duplicate_route() {
    flowroute.answer(
        403,
        "{\"errors\":[{\"detail\":\"A route with the alias 'pbx' already exists.\",\"status\":403}]}");

    assertThatThrownBy(() -> routes.updateRoute(new RouteId("83834"), HOST))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("duplicate-route"));
  }

  @Test
  void an_answer_that_is_not_json_is_reported_as_an_unusable_upstream() {
    flowroute.answer(200, "<html>maintenance</html>");

    assertThatThrownBy(() -> provider.details(NUMBER))
        .isInstanceOfSatisfying(
            UpstreamException.class, e -> assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE));
  }

  private static String numbersPage(String next, String number) {
    return "{\"data\":[{\"type\":\"number\",\"id\":\""
        + number
        + "\",\"attributes\":{\"value\":\""
        + number
        + "\"}}],\"links\":{"
        + (next == null ? "" : "\"next\":\"" + next + "\"")
        + "}}";
  }
}
