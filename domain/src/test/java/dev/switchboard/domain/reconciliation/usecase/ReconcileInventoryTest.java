package dev.switchboard.domain.reconciliation.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.events.port.out.RecordingOutbox;
import dev.switchboard.domain.numbers.CallbackKind;
import dev.switchboard.domain.numbers.MessagingSource;
import dev.switchboard.domain.numbers.NumberUpdate;
import dev.switchboard.domain.numbers.OwnedNumber;
import dev.switchboard.domain.numbers.OwnedNumbers;
import dev.switchboard.domain.numbers.ProviderResult;
import dev.switchboard.domain.numbers.event.NumberDriftRepaired;
import dev.switchboard.domain.numbers.event.NumberEvents;
import dev.switchboard.domain.numbers.port.out.InMemoryNumberInventory;
import dev.switchboard.domain.numbers.port.out.InMemoryNumberProvider;
import dev.switchboard.domain.numbers.port.out.NumberProvider;
import dev.switchboard.domain.reconciliation.ReconciliationReport;
import dev.switchboard.domain.routes.Route;
import dev.switchboard.domain.routes.RouteId;
import dev.switchboard.domain.routes.RouteType;
import dev.switchboard.domain.routes.port.out.InMemoryRouteInventory;
import dev.switchboard.domain.routes.port.out.InMemoryRouteProvider;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.port.out.DirectUnitOfWork;
import dev.switchboard.domain.shared.port.out.FakeCarrierAccount;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The inventory made to match the carrier, each repaired number told, our own state kept. */
class ReconcileInventoryTest {

  private static final E164Number A = new E164Number("+12065550101");
  private static final E164Number B = new E164Number("+12065550102");
  private static final E164Number C = new E164Number("+12065550103");

  private final FakeCarrierAccount account = new FakeCarrierAccount();
  private final InMemoryNumberProvider carrier = new InMemoryNumberProvider(account);
  private final InMemoryRouteProvider routeCarrier = new InMemoryRouteProvider(account, carrier);
  private final InMemoryNumberInventory numbers = new InMemoryNumberInventory();
  private final InMemoryRouteInventory routes = new InMemoryRouteInventory();
  private final RecordingOutbox outbox = new RecordingOutbox();
  private final DirectUnitOfWork unitOfWork = new DirectUnitOfWork();

  @Test
  void an_inventory_in_step_is_left_as_it_is_and_nothing_is_told() {
    OwnedNumber a = OwnedNumbers.local(A);
    carrier.addBehindOurBack(a);
    numbers.save(a);
    routes.save(Route.sipReg());

    ReconciliationReport report = reconcile(carrier);

    assertThat(report.foundDrift()).isFalse();
    assertThat(report.numbersChecked()).isEqualTo(1);
    assertThat(report.routesChecked()).isEqualTo(1);
    assertThat(outbox.types()).isEmpty();
    assertThat(numbers.find(A)).contains(a);
  }

  @Test
  void adds_removes_and_changes_numbers_to_match_the_carrier_telling_each() {
    carrier.addBehindOurBack(OwnedNumbers.local(A)); // bought in the portal
    numbers.save(OwnedNumbers.local(B)); // released in the portal
    OwnedNumber c = OwnedNumbers.local(C);
    numbers.save(c);
    carrier.addBehindOurBack(c);
    carrier.change(C, n -> renamed(n, "renamed in the portal"));

    ReconciliationReport report = reconcile(carrier);

    assertThat(report.numbersAdded()).containsExactly(A);
    assertThat(report.numbersRemoved()).containsExactly(B);
    assertThat(report.numbersChanged()).containsExactly(C);
    assertThat(numbers.all()).extracting(OwnedNumber::number).containsExactly(A, C);
    assertThat(numbers.find(C).orElseThrow().alias()).isEqualTo("renamed in the portal");
    assertThat(outbox.types()).containsOnly(NumberDriftRepaired.class).hasSize(3);
    assertThat(outbox.events())
        .extracting(
            e -> ((NumberDriftRepaired) e).number() + " " + ((NumberDriftRepaired) e).change())
        .containsExactly(
            A + " " + NumberDriftRepaired.Change.ADDED,
            C + " " + NumberDriftRepaired.Change.CHANGED,
            B + " " + NumberDriftRepaired.Change.REMOVED);
    assertThat(unitOfWork.transactions()).isEqualTo(1);
  }

  @Test
  void keeps_our_callbacks_and_messaging_setting_which_the_carrier_cannot_report() {
    OwnedNumber ours =
        OwnedNumbers.local(A)
            .withMessaging(true, MessagingSource.REQUESTED)
            .withCallbacks(Map.of(CallbackKind.SMS, "https://hooks.example/sms"));
    numbers.save(ours);
    carrier.addBehindOurBack(OwnedNumbers.local(A));
    carrier.change(A, n -> renamed(n, "renamed"));

    reconcile(carrier);

    OwnedNumber repaired = numbers.find(A).orElseThrow();
    assertThat(repaired.alias()).isEqualTo("renamed");
    assertThat(repaired.callbacks()).containsEntry(CallbackKind.SMS, "https://hooks.example/sms");
    assertThat(repaired.messagingEnabled()).isTrue();
  }

  @Test
  void routes_are_added_changed_and_removed_to_match_the_carrier() {
    Route kept = new Route(new RouteId("11"), RouteType.HOST, "pbx.example.com", "pbx", null);
    Route stale = new Route(new RouteId("12"), RouteType.HOST, "old.example.com", "old", null);
    Route gone = new Route(new RouteId("13"), RouteType.HOST, "gone.example.com", "gone", null);
    routes.save(kept);
    routes.save(stale);
    routes.save(gone);
    routeCarrier.addBehindOurBack(kept);
    routeCarrier.addBehindOurBack(
        new Route(stale.id(), RouteType.HOST, "new.example.com", "old", null));

    ReconciliationReport report = reconcile(carrier);

    assertThat(report.routesAdded()).containsExactly("0");
    assertThat(report.routesChanged()).containsExactly("12");
    assertThat(report.routesRemoved()).containsExactly("13");
    assertThat(routes.all())
        .extracting(r -> r.id().value() + " " + r.value())
        .containsExactly("0 null", "11 pbx.example.com", "12 new.example.com");
  }

  @Test
  void a_number_changed_by_a_user_while_the_run_read_the_carrier_is_left_to_the_next_run() {
    OwnedNumber before = OwnedNumbers.local(A);
    numbers.save(before);
    carrier.addBehindOurBack(before);
    carrier.change(A, n -> renamed(n, "portal"));
    OwnedNumber users = renamed(before, "user's");
    // The user's command lands after the run read the carrier's record of the number.
    NumberProvider racing = afterDetails(carrier, n -> numbers.save(users));

    ReconciliationReport report = reconcile(racing);

    assertThat(report.numbersChanged()).isEmpty();
    assertThat(numbers.find(A)).contains(users);
    assertThat(outbox.types()).isEmpty();
  }

  @Test
  void the_next_run_repairs_what_the_race_left() {
    a_number_changed_by_a_user_while_the_run_read_the_carrier_is_left_to_the_next_run();

    ReconciliationReport report = reconcile(carrier);

    assertThat(report.numbersChanged()).containsExactly(A);
    assertThat(numbers.find(A).orElseThrow().alias()).isEqualTo("portal");
  }

  private ReconciliationReport reconcile(NumberProvider provider) {
    return new ReconcileInventory(
            provider,
            routeCarrier,
            numbers,
            routes,
            outbox,
            new NumberEvents(UUID::randomUUID),
            unitOfWork,
            Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC))
        .reconcile();
  }

  private static OwnedNumber renamed(OwnedNumber n, String alias) {
    return new OwnedNumber(
        n.number(),
        n.type(),
        alias,
        n.cnamLookupsEnabled(),
        n.messagingEnabled(),
        n.messagingSource(),
        n.rateCenter(),
        n.state(),
        n.primaryRoute(),
        n.failoverRoute(),
        n.e911Id(),
        n.cnamId(),
        n.callbacks());
  }

  /** The carrier, with something happening in our inventory right after each number is read. */
  private static NumberProvider afterDetails(NumberProvider carrier, Consumer<E164Number> then) {
    return new NumberProvider() {
      @Override
      public ProviderResult purchase(E164Number number, boolean cnam, boolean messaging) {
        return carrier.purchase(number, cnam, messaging);
      }

      @Override
      public void release(E164Number number) {
        carrier.release(number);
      }

      @Override
      public ProviderResult update(E164Number number, NumberUpdate update) {
        return carrier.update(number, update);
      }

      @Override
      public OwnedNumber details(E164Number number) {
        OwnedNumber read = carrier.details(number);
        then.accept(number);
        return read;
      }

      @Override
      public List<E164Number> allNumbers() {
        return carrier.allNumbers();
      }

      @Override
      public void setCallback(E164Number number, CallbackKind kind, String url) {
        carrier.setCallback(number, kind, url);
      }
    };
  }
}
