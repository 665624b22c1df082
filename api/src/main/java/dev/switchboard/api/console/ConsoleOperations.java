package dev.switchboard.api.console;

import dev.switchboard.api.inventory.Reconciler;
import dev.switchboard.api.inventory.ReportJson;
import dev.switchboard.domain.messaging.DispatcherState;
import dev.switchboard.domain.messaging.MessageKind;
import dev.switchboard.domain.messaging.RateUsage;
import dev.switchboard.domain.messaging.SendingPause;
import dev.switchboard.domain.messaging.usecase.ReadDispatcher;
import dev.switchboard.flowroute.http.FlowrouteGuard;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import io.smallrye.health.SmallRyeHealthReporter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The console's operations page: the dispatcher (sending or paused, and why, read through {@link
 * ReadDispatcher} from where the pause is decided), its queue by kind against the account's rate,
 * the outbox, PostgreSQL and Kafka from the health checks, Flowroute's circuit, and the last
 * inventory reconciliation with a button to run one.
 */
@Path("/console/operations")
@Produces(MediaType.TEXT_HTML)
@TemplateData(target = ReportJson.class)
@TemplateData(target = ReportJson.Changes.class)
public class ConsoleOperations {

  /** One health check's verdict. */
  @TemplateData
  record Check(String name, String status, String data) {}

  /** One kind of send: its queue, its sends per second against the account's rate, a 429's hold. */
  @TemplateData
  record KindRow(String kind, long queued, String perSecond, String limit, String held) {}

  /** The dispatcher in words: a state and why. */
  @TemplateData
  record Dispatcher(
      boolean sending,
      String state,
      List<String> reasons,
      List<KindRow> kinds,
      long unpublished,
      String oldestUnpublished,
      String outboxLag) {}

  private final Reconciler reconciler;
  private final ReadDispatcher dispatcher;
  private final SmallRyeHealthReporter health;
  private final CircuitBreakerMaintenance circuits;
  private final Template page;

  ConsoleOperations(
      Reconciler reconciler,
      ReadDispatcher dispatcher,
      SmallRyeHealthReporter health,
      CircuitBreakerMaintenance circuits,
      @Location("console/operations.html") Template page) {
    this.reconciler = reconciler;
    this.dispatcher = dispatcher;
    this.health = health;
    this.circuits = circuits;
    this.page = page;
  }

  @GET
  @Operation(hidden = true)
  @RolesAllowed("numbers:read")
  public TemplateInstance show() {
    List<Check> checks = checks();
    ReportJson report = reconciler.last().orElse(null);
    return page.data("checks", checks)
        .data("kafka", find(checks, "kafka"))
        .data("postgres", find(checks, "database"))
        .data("dispatcher", dispatcher(dispatcher.read()))
        .data("circuit", circuit())
        .data("report", report)
        .data("drift", report == null ? Map.of() : drift(report));
  }

  @POST
  @Path("/reconcile")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  @RolesAllowed("numbers:write")
  public Response reconcile() {
    reconciler.runNow();
    return Response.seeOther(UriBuilder.fromPath("/console/operations").build()).build();
  }

  static Dispatcher dispatcher(DispatcherState state) {
    List<String> reasons = new ArrayList<>();
    state
        .pausedFor()
        .ifPresent(
            why ->
                reasons.add(
                    (why == SendingPause.Reason.CREDENTIALS
                            ? "Flowroute refuses our credentials: check the access and secret keys"
                            : "Flowroute refuses the account the right to send: check its rights")
                        + (state.pauseDetail() == null ? "" : " (" + state.pauseDetail() + ")")
                        + ". Messages stay queued; a probe checks again now and then."));
    List<KindRow> kinds = new ArrayList<>();
    for (MessageKind kind : MessageKind.values()) {
      RateUsage usage = state.rates().get(kind);
      String held = "";
      if (state.rateLimited(kind)) {
        held = "held " + seconds(usage.heldFor());
        reasons.add(
            "Flowroute's rate limit (429): "
                + kind
                + " sends wait "
                + seconds(usage.heldFor())
                + " more.");
      }
      kinds.add(
          new KindRow(
              kind.name(),
              state.queued().getOrDefault(kind, 0L),
              usage == null ? "?" : String.format(Locale.ROOT, "%.1f", usage.perSecond()),
              usage == null ? "?" : String.format(Locale.ROOT, "%.1f", usage.limit()),
              held));
    }
    boolean sending = state.pausedFor().isEmpty();
    String words =
        !sending
            ? "Paused"
            : reasons.isEmpty() ? "Sending" : "Sending, held back by Flowroute's rate limit";
    return new Dispatcher(
        sending,
        words,
        reasons,
        kinds,
        state.unpublishedEvents(),
        state.oldestUnpublished().map(Object::toString).orElse(null),
        seconds(state.outboxLag()));
  }

  private static Map<String, ReportJson.Changes> drift(ReportJson report) {
    Map<String, ReportJson.Changes> drift = new LinkedHashMap<>();
    drift.put("Numbers", report.numbers());
    drift.put("Routes", report.routes());
    if (report.e911Addresses() != null) {
      drift.put("E911 addresses", report.e911Addresses());
    }
    if (report.callerNames() != null) {
      drift.put("Caller names", report.callerNames());
    }
    return drift;
  }

  private String circuit() {
    try {
      CircuitBreakerState state = circuits.currentState(FlowrouteGuard.NAME);
      return switch (state) {
        case CLOSED -> "Closed: Flowroute answers";
        case OPEN ->
            "Open: Flowroute has been failing, numbers, routes, E911 and CNAM calls"
                + " are refused at once (flowroute-circuit-open)";
        case HALF_OPEN -> "Half open: trying Flowroute again";
      };
    } catch (IllegalArgumentException e) {
      return "Not used yet"; // the breaker exists once a guarded call has been made
    }
  }

  /**
   * Every check, readiness and liveness and the health groups (Kafka is reported by its own group
   * or by Quarkus's readiness check, depending on the build), each once by name.
   */
  private List<Check> checks() {
    Map<String, Check> checks = new LinkedHashMap<>();
    collect(health.getHealth().getPayload(), checks);
    collect(health.getHealthGroups().getPayload(), checks);
    return List.copyOf(checks.values());
  }

  private static void collect(JsonObject payload, Map<String, Check> into) {
    if (!payload.containsKey("checks")) {
      return;
    }
    for (JsonValue value : payload.getJsonArray("checks")) {
      JsonObject check = value.asJsonObject();
      String name = check.getString("name", "?");
      into.putIfAbsent(
          name,
          new Check(
              name,
              check.getString("status", "?"),
              check.containsKey("data") ? check.get("data").toString() : ""));
    }
  }

  private static Check find(List<Check> checks, String word) {
    return checks.stream()
        .filter(c -> c.name().toLowerCase(Locale.ROOT).contains(word))
        .findFirst()
        .orElse(new Check(word, "UNKNOWN", "no health check reports it"));
  }

  private static String seconds(Duration duration) {
    return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000d);
  }
}
