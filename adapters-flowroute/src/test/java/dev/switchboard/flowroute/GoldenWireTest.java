package dev.switchboard.flowroute;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.cnam.CallerName;
import dev.switchboard.domain.e911.E911Address;
import dev.switchboard.domain.e911.PostalAddress;
import dev.switchboard.domain.e911.port.out.E911ProviderContract;
import dev.switchboard.domain.messaging.Message;
import dev.switchboard.domain.numbers.CallbackKind;
import dev.switchboard.domain.numbers.NumberSearch;
import dev.switchboard.domain.numbers.NumberType;
import dev.switchboard.domain.numbers.NumberUpdate;
import dev.switchboard.domain.routes.Route;
import dev.switchboard.domain.routes.RouteId;
import dev.switchboard.domain.routes.RouteSlot;
import dev.switchboard.domain.routes.RouteSpec;
import dev.switchboard.domain.routes.RouteType;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.flowroute.cnam.client.FlowrouteCnamProvider;
import dev.switchboard.flowroute.e911.client.FlowrouteE911Provider;
import dev.switchboard.flowroute.http.Secret;
import dev.switchboard.flowroute.messaging.client.FlowrouteCallbackRegistrar;
import dev.switchboard.flowroute.messaging.client.FlowrouteMessageGateway;
import dev.switchboard.flowroute.messaging.client.FlowrouteMessagesApi;
import dev.switchboard.flowroute.messaging.client.FlowrouteMessagesV2Api;
import dev.switchboard.flowroute.messaging.client.FlowrouteV2MessageGateway;
import dev.switchboard.flowroute.messaging.webhook.WebhookUrls;
import dev.switchboard.flowroute.numbers.client.FlowrouteCatalogue;
import dev.switchboard.flowroute.numbers.client.FlowrouteNumberProvider;
import dev.switchboard.flowroute.routes.client.FlowrouteRouteProvider;
import dev.switchboard.sandbox.emulator.FlowrouteEmulator;
import dev.switchboard.sandbox.emulator.control.LoggedRequest;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every Flowroute operation the adapter calls, sent through the real adapter to the emulator over
 * HTTP; the request the emulator received must be the golden example of {@code
 * src/test/resources/golden/}, each written from Flowroute's documentation or SDK source (cited in
 * its {@code sources}, listed in {@code golden/README.md}).
 */
@QuarkusTest
@WithTestResource(FlowrouteEmulatorResource.class)
class GoldenWireTest {

  static final E164Number OURS = new E164Number("+12065550100");

  @Inject FlowrouteCatalogue catalogue;
  @Inject FlowrouteNumberProvider numbers;
  @Inject FlowrouteRouteProvider routes;
  @Inject FlowrouteE911Provider e911s;
  @Inject FlowrouteCnamProvider cnams;
  @Inject @RestClient FlowrouteMessagesApi messagesApi;
  @Inject @RestClient FlowrouteMessagesV2Api messagesV2Api;

  /** Our webhooks at a public URL, which the test profile does not configure. */
  static final WebhookUrls PUBLIC_URLS =
      new WebhookUrls(Optional.of("https://switchboard.example"), Secret.of("s3cret"));

  @FlowrouteEmulatorResource.Emulator FlowrouteEmulator emulator;

  @BeforeEach
  void freshAccount() {
    emulator.reset();
  }

  // ---- Numbers v2

  @Test
  void number_search() {
    catalogue.searchAvailable(
        new NumberSearch(
            Optional.of("206"),
            Optional.of("24"),
            Optional.of("1"),
            Optional.of("wa"),
            Optional.of("seattle"),
            Optional.of(NumberType.LOCAL),
            Optional.of("monthly_cost,asc"),
            5,
            0));
    golden("numbers-search", r -> r.path().equals("/v2/numbers/available"));
  }

  @Test
  void number_area_codes_and_exchanges() {
    catalogue.areaCodes(Optional.of(new BigDecimal("3.99")), 20, 0);
    golden("numbers-areacodes", r -> r.path().equals("/v2/numbers/available/areacodes"));
    catalogue.exchanges(Optional.of("206"), Optional.empty(), 20, 0);
    golden("numbers-exchanges", r -> r.path().equals("/v2/numbers/available/exchanges"));
  }

  @Test
  void number_purchase_details_list_and_release() {
    String forSale = emulator.catalogue().get(0).number();
    E164Number bought = E164Number.parse(forSale);
    numbers.purchase(bought, false, true);
    golden("numbers-purchase", r -> r.method().equals("POST"), forSale);
    numbers.details(OURS);
    golden("numbers-details", r -> r.path().equals("/v2/numbers/12065550100"));
    numbers.allNumbers();
    golden("numbers-list", r -> r.path().equals("/v2/numbers"));
    numbers.release(bought);
    golden("numbers-release", r -> r.method().equals("DELETE"), forSale);
  }

  @Test
  void number_updates_of_alias_cnam_lookups_and_messaging() {
    numbers.update(OURS, new NumberUpdate(Optional.of("Front desk"), null, null));
    golden("numbers-patch-alias", r -> r.method().equals("PATCH"));
    emulator.clearRequests();
    numbers.update(OURS, new NumberUpdate(null, Optional.of(true), null));
    golden("numbers-patch-cnam-lookups", r -> r.method().equals("PATCH"));
    emulator.clearRequests();
    numbers.update(OURS, new NumberUpdate(null, null, Optional.of(true)));
    golden("numbers-patch-messaging", r -> r.method().equals("PATCH"));
  }

  @Test
  void number_messaging_callback_and_its_clearing() {
    numbers.setCallback(OURS, CallbackKind.SMS, "https://example.com/sms");
    golden("numbers-callback", r -> r.method().equals("POST"));
    emulator.clearRequests();
    numbers.setCallback(OURS, CallbackKind.MMS_DLR, null);
    golden("numbers-callback-clear", r -> r.method().equals("POST"));
  }

  // ---- Routes v2

  @Test
  void route_create_with_an_edge_strategy_update_list_and_delete() {
    Route created =
        routes.createRoute(
            new RouteSpec(RouteType.HOST, "pbx.example.com:5060", "office pbx", Optional.of(4)));
    assertThat(created.id()).isEqualTo(new RouteId("10001"));
    golden("routes-create", r -> r.method().equals("POST"));
    golden("routes-edge-strategy", r -> r.method().equals("PATCH"));
    emulator.clearRequests();
    routes.updateRoute(
        created.id(),
        new RouteSpec(RouteType.URI, "sip:desk@pbx.example.com", "office uri", Optional.empty()));
    golden("routes-update", r -> r.method().equals("PATCH"));
    routes.allRoutes();
    golden("routes-list", r -> r.path().equals("/v2/routes"));
    routes.edgeStrategies();
    golden("routes-edge-strategies", r -> r.path().equals("/v2/routes/edge_strategies"));
    routes.deleteRoute(created.id());
    golden("routes-delete", r -> r.method().equals("DELETE"));
  }

  @Test
  void route_assignment_and_removal() {
    Route created =
        routes.createRoute(
            new RouteSpec(RouteType.NUMBER, "12065551212", "forward", Optional.empty()));
    routes.assignRoute(OURS, RouteSlot.PRIMARY, created.id());
    golden("numbers-primary-route", r -> r.path().endsWith("/primary_route"));
    routes.assignRoute(OURS, RouteSlot.FAILOVER, created.id());
    golden("numbers-failover-route", r -> r.path().endsWith("/failover_route"));
    routes.removeRoute(OURS, RouteSlot.FAILOVER);
    golden("numbers-failover-route-remove", r -> r.method().equals("DELETE"));
  }

  // ---- E911 v2

  @Test
  void e911_validate_create_update_list_assign_and_delete() {
    PostalAddress office = E911ProviderContract.office("Office", "3rd Ave");
    e911s.validate(office);
    golden("e911-validate", r -> r.path().equals("/v2/e911s/validate"));
    E911Address created = e911s.create(office);
    assertThat(created.id()).isEqualTo("20001");
    golden("e911-create", r -> r.path().equals("/v2/e911s") && r.method().equals("POST"));
    e911s.update(created.id(), office, E911ProviderContract.office("Office", "Pike St"));
    golden("e911-update", r -> r.method().equals("PATCH"));
    e911s.get(created.id());
    golden("e911-details", r -> r.path().equals("/v2/e911s/20001") && r.method().equals("GET"));
    e911s.all();
    golden("e911-list", r -> r.path().equals("/v2/e911s") && r.method().equals("GET"));
    e911s.assign(OURS, created.id());
    golden("e911-assign", r -> r.path().startsWith("/v2/numbers/"));
    e911s.numbersOf(created.id());
    golden("e911-numbers", r -> r.path().endsWith("/relationships/numbers"));
    e911s.unassign(OURS);
    golden("e911-unassign", r -> r.method().equals("DELETE"));
    emulator.clearRequests();
    e911s.delete(created.id());
    golden("e911-delete", r -> r.method().equals("DELETE"));
  }

  // ---- CNAM v2

  @Test
  void cnam_create_update_list_assign_and_delete() {
    String id = cnams.create(new CallerName("ACME SUPPORT")).id();
    assertThat(id).isEqualTo("30001");
    golden("cnam-create", r -> r.method().equals("POST"));
    cnams.update(id, new CallerName("ACME HELP"));
    golden("cnam-update", r -> r.method().equals("PATCH"));
    cnams.get(id);
    golden("cnam-details", r -> r.path().equals("/v2/cnams/30001") && r.method().equals("GET"));
    cnams.all();
    golden("cnam-list", r -> r.path().equals("/v2/cnams"));
    emulator.approveCnam(id);
    cnams.assign(OURS, id);
    golden("cnam-assign", r -> r.path().startsWith("/v2/numbers/") && r.method().equals("PATCH"));
    cnams.unassign(OURS);
    golden(
        "cnam-unassign", r -> r.path().startsWith("/v2/numbers/") && r.method().equals("DELETE"));
    emulator.clearRequests();
    cnams.delete(id);
    golden("cnam-delete", r -> r.method().equals("DELETE"));
  }

  // ---- Messages v2.1

  @Test
  void message_send_and_lookup_in_the_list() {
    Message sms = OutboundMessages.sms("Hello from the API");
    FlowrouteMessageGateway messages =
        new FlowrouteMessageGateway(messagesApi, PUBLIC_URLS, java.time.Clock.systemUTC());
    messages.send(sms);
    golden("messages-send", r -> r.method().equals("POST"));
    messages.findAccepted(sms, Instant.now().minusSeconds(60), Instant.now());
    golden("messages-list", r -> r.method().equals("GET"));
    messages.probe();
    golden("messages-probe", r -> r.method().equals("GET"));
  }

  // ---- Messages v2 (legacy, reference §8.1)

  @Test
  void message_v2_send_and_lookup_in_the_list() {
    Message sms = OutboundMessages.sms("Hello from the API");
    FlowrouteV2MessageGateway messages =
        new FlowrouteV2MessageGateway(messagesV2Api, PUBLIC_URLS, java.time.Clock.systemUTC());
    assertThat(messages.send(sms)).startsWith("mdr1-");
    golden("messages-v2-send", r -> r.method().equals("POST"));
    messages.findAccepted(sms, Instant.now().minusSeconds(60), Instant.now());
    golden("messages-v2-list", r -> r.method().equals("GET"));
    messages.probe();
    golden("messages-v2-probe", r -> r.method().equals("GET"));
  }

  @Test
  void account_callbacks() {
    assertThat(new FlowrouteCallbackRegistrar(messagesApi, PUBLIC_URLS, true).register()).isTrue();
    for (String type :
        List.of("sms_callback", "mms_callback", "sms_dlr_callback", "mms_dlr_callback")) {
      golden("messages-account-callback", r -> r.path().equals("/v2.1/messages/" + type), type);
    }
  }

  private void golden(String name, Predicate<LoggedRequest> which) {
    golden(name, which, null);
  }

  /** The last request that {@code which} picks must match the golden example. */
  private void golden(String name, Predicate<LoggedRequest> which, String pathSegment) {
    List<LoggedRequest> picked = emulator.requests().stream().filter(which).toList();
    assertThat(picked).as("requests picked for golden/%s.json", name).isNotEmpty();
    GoldenRequest.of(name).assertMatches(picked.get(picked.size() - 1), pathSegment);
  }
}
