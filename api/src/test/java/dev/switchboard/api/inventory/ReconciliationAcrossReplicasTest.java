package dev.switchboard.api.inventory;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.api.support.BehindTheBack;
import dev.switchboard.api.support.SandboxServices;
import dev.switchboard.api.support.Tokens;
import dev.switchboard.domain.events.port.out.Outbox;
import dev.switchboard.domain.numbers.NumberEvents;
import dev.switchboard.domain.numbers.port.out.NumberInventory;
import dev.switchboard.domain.numbers.port.out.NumberProvider;
import dev.switchboard.domain.reconciliation.ReconciliationReport;
import dev.switchboard.domain.reconciliation.usecase.ReconcileInventory;
import dev.switchboard.domain.reconciliation.usecase.ReconcileRegistries;
import dev.switchboard.domain.routes.port.out.RouteInventory;
import dev.switchboard.domain.routes.port.out.RouteProvider;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.port.out.UnitOfWork;
import dev.switchboard.persistence.reconciliation.PostgresReconciliationRuns;
import dev.switchboard.sandbox.emulator.AccountNumber;
import dev.switchboard.sandbox.emulator.FlowrouteEmulator;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The reconciliation as several replicas run it: one run at a time and about once per interval in
 * the cluster, one last report for all, and a user's change made during a run kept.
 */
@QuarkusTest
@WithTestResource(value = SandboxServices.class, scope = TestResourceScope.GLOBAL)
class ReconciliationAcrossReplicasTest {

  FlowrouteEmulator emulator;

  @Inject ReconcileInventory reconcileInventory;
  @Inject ReconcileRegistries reconcileRegistries;
  @Inject ReconciliationConfig config;
  @Inject PostgresReconciliationRuns runs;
  @Inject ObjectMapper json;
  @Inject AgroalDataSource dataSource;
  @Inject NumberProvider provider;
  @Inject RouteProvider routeProvider;
  @Inject NumberInventory inventory;
  @Inject RouteInventory routes;
  @Inject Outbox outbox;
  @Inject NumberEvents numberEvents;
  @Inject UnitOfWork unitOfWork;

  /** A replica of its own: the same use cases and database, another scheduler. */
  private Reconciler replica() {
    return new Reconciler(reconcileInventory, reconcileRegistries, config, runs, json);
  }

  @Test
  void scheduled_runs_of_two_replicas_reconcile_once_and_both_show_the_same_last_report()
      throws Exception {
    Reconciler first = replica();
    Reconciler second = replica();
    // The runs overlap (every Flowroute answer takes 50 ms): the second finds the lock taken, or,
    // had it come later, the report younger than the interval; either way it does not run.
    emulator.faults().setLatency(Duration.ofMillis(50));
    try {
      clearLastReport();
      CompletableFuture<Optional<ReportJson>> a = CompletableFuture.supplyAsync(first::runIfDue);
      CompletableFuture<Optional<ReportJson>> b = CompletableFuture.supplyAsync(second::runIfDue);
      List<Optional<ReportJson>> done =
          List.of(a.get(60, TimeUnit.SECONDS), b.get(60, TimeUnit.SECONDS));

      assertThat(done.stream().filter(Optional::isPresent)).as("runs").hasSize(1);
      ReportJson ran = done.stream().flatMap(Optional::stream).findFirst().orElseThrow();
      // Within the interval (15 minutes) no replica's schedule runs again.
      assertThat(first.runIfDue()).isEmpty();
      assertThat(second.runIfDue()).isEmpty();
      assertThat(first.last()).contains(ran);
      assertThat(second.last()).contains(ran);
      assertThat(storedFinishedAt()).isEqualTo(ran.finishedAt());
    } finally {
      emulator.faults().setLatency(Duration.ZERO);
    }
    // On demand it runs whatever the schedule says, and every replica shows the new report.
    ReportJson now = first.runNow();
    assertThat(second.last()).contains(now);
    given()
        .auth()
        .oauth2(Tokens.all(emulator))
        .get("/v1/inventory/reconciliations/last")
        .then()
        .statusCode(200)
        .body("finishedAt", org.hamcrest.Matchers.notNullValue());
    assertThat(storedFinishedAt()).isEqualTo(now.finishedAt());
  }

  @Test
  void a_users_change_made_while_a_run_reads_flowroute_is_not_reverted_by_the_run()
      throws Exception {
    replica().runNow(); // the inventory knows every number
    String first =
        emulator.numbers().stream().map(AccountNumber::number).sorted().findFirst().orElseThrow();
    E164Number number = E164Number.parse("+" + first);
    // Drift the run will want to repair: the alias changed at Flowroute behind our back.
    new BehindTheBack(emulator).rename(first, "Drifted at Flowroute");
    // The run pauses right after it read that number's details (the drifted alias).
    CountDownLatch read = new CountDownLatch(1);
    CountDownLatch goOn = new CountDownLatch(1);
    NumberProvider pausing =
        (NumberProvider)
            Proxy.newProxyInstance(
                NumberProvider.class.getClassLoader(),
                new Class<?>[] {NumberProvider.class},
                (proxy, method, args) -> {
                  Object result;
                  try {
                    result = method.invoke(provider, args);
                  } catch (InvocationTargetException e) {
                    throw e.getCause();
                  }
                  if (method.getName().equals("details") && number.equals(args[0])) {
                    read.countDown();
                    goOn.await(30, TimeUnit.SECONDS);
                  }
                  return result;
                });
    ReconcileInventory run =
        new ReconcileInventory(
            pausing,
            routeProvider,
            inventory,
            routes,
            outbox,
            numberEvents,
            unitOfWork,
            Clock.systemUTC());
    CompletableFuture<ReconciliationReport> running = CompletableFuture.supplyAsync(run::reconcile);
    try {
      assertThat(read.await(30, TimeUnit.SECONDS)).isTrue();
      // Meanwhile an operator renames it through the API: Flowroute first, then the inventory.
      given()
          .auth()
          .oauth2(Tokens.all(emulator))
          .contentType(ContentType.JSON)
          .body(Map.of("alias", "Renamed by an operator"))
          .patch("/v1/numbers/+" + first)
          .then()
          .statusCode(200);
    } finally {
      goOn.countDown();
    }
    ReconciliationReport report = running.get(60, TimeUnit.SECONDS);

    assertThat(report.numbersChanged()).doesNotContain(number);
    given()
        .auth()
        .oauth2(Tokens.all(emulator))
        .get("/v1/numbers/+" + first)
        .then()
        .statusCode(200)
        .body("alias", org.hamcrest.Matchers.equalTo("Renamed by an operator"));
  }

  private void clearLastReport() throws Exception {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute("DELETE FROM reconciliation_report");
    }
  }

  private java.time.Instant storedFinishedAt() throws Exception {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet row = s.executeQuery("SELECT finished_at FROM reconciliation_report")) {
      assertThat(row.next()).isTrue();
      return row.getObject(1, java.time.OffsetDateTime.class).toInstant();
    }
  }
}
