package dev.switchboard.api.console;

import dev.switchboard.api.inventory.Reconciler;
import dev.switchboard.api.inventory.ReportJson;
import io.micrometer.core.instrument.Measurement;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The console's operations page: health of PostgreSQL and Kafka, the dispatcher's and the outbox's
 * gauges (the same meters /q/metrics serves), and the last inventory reconciliation with a button
 * to run one.
 */
@Path("/console/operations")
@Produces(MediaType.TEXT_HTML)
@TemplateData(target = ReportJson.class)
@TemplateData(target = ReportJson.Changes.class)
public class ConsoleOperations {

  /** One health check's verdict. */
  @TemplateData
  record Check(String name, String status, String data) {}

  /** One gauge: its name, tags and value. */
  @TemplateData
  record Gauge(String name, String tags, String value) {}

  private final Reconciler reconciler;
  private final SmallRyeHealthReporter health;
  private final MeterRegistry meters;
  private final Template page;

  ConsoleOperations(
      Reconciler reconciler,
      SmallRyeHealthReporter health,
      MeterRegistry meters,
      @Location("console/operations.html") Template page) {
    this.reconciler = reconciler;
    this.health = health;
    this.meters = meters;
    this.page = page;
  }

  @GET
  @Operation(hidden = true)
  @RolesAllowed("numbers:read")
  public TemplateInstance show() {
    return page.data("checks", checks())
        .data("gauges", gauges())
        .data("report", reconciler.last().orElse(null));
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

  private List<Check> checks() {
    List<Check> checks = new ArrayList<>();
    JsonObject payload = health.getHealth().getPayload();
    for (JsonValue value : payload.getJsonArray("checks")) {
      JsonObject check = value.asJsonObject();
      checks.add(
          new Check(
              check.getString("name", "?"),
              check.getString("status", "?"),
              check.containsKey("data") ? check.get("data").toString() : ""));
    }
    return checks;
  }

  private List<Gauge> gauges() {
    return meters.getMeters().stream()
        .filter(m -> m.getId().getName().startsWith("switchboard."))
        .filter(m -> m.getId().getType() == Meter.Type.GAUGE)
        .sorted(Comparator.comparing((Meter m) -> m.getId().getName()))
        .map(
            m ->
                new Gauge(
                    m.getId().getName(),
                    m.getId().getTags().stream()
                        .map(t -> t.getKey() + "=" + t.getValue())
                        .collect(Collectors.joining(", ")),
                    valueOf(m)))
        .toList();
  }

  private static String valueOf(Meter meter) {
    for (Measurement measurement : meter.measure()) {
      double v = measurement.getValue();
      return v == Math.rint(v) && !Double.isInfinite(v)
          ? String.valueOf((long) v)
          : String.format("%.3f", v);
    }
    return "";
  }
}
