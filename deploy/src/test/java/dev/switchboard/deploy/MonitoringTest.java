package dev.switchboard.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.deploy.support.PromQl;
import dev.switchboard.deploy.support.Readme;
import dev.switchboard.deploy.support.Rendered;
import dev.switchboard.deploy.support.Repo;
import dev.switchboard.deploy.support.StrictYaml;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.fabric8.openshift.api.model.monitoring.v1.Rule;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Prometheus scrapes the right endpoint, and alerts and dashboard use documented metrics. */
class MonitoringTest {

  /** The signals the issue asks the alerts to watch. */
  private static final List<String> REQUIRED_SIGNALS =
      List.of(
          "switchboard_messages_queued",
          "switchboard_outbox_oldest_pending_seconds",
          "switchboard_webhooks_total",
          "switchboard_flowroute_requests_total",
          "switchboard_messages_final_total",
          "http_server_requests_seconds_count",
          "ft_circuitbreaker_state_current");

  private static final Rendered BASE = Fixtures.app().get(0);

  @Test
  void the_service_monitor_scrapes_the_quarkus_metrics_endpoint_on_the_management_port() {
    ServiceMonitor monitor = BASE.one(ServiceMonitor.class);
    var service = BASE.service();

    assertThat(service.getMetadata().getLabels())
        .containsAllEntriesOf(monitor.getSpec().getSelector().getMatchLabels());
    assertThat(monitor.getSpec().getEndpoints())
        .singleElement()
        .satisfies(
            endpoint -> {
              assertThat(service.getSpec().getPorts())
                  .filteredOn(p -> p.getName().equals(endpoint.getPort()))
                  .singleElement()
                  .satisfies(
                      p -> assertThat(p.getTargetPort().getStrVal()).isEqualTo("management"));
              assertThat(endpoint.getPath())
                  .isEqualTo(
                      "/"
                          + Fixtures.effective(BASE, "quarkus.management.root-path").orElse("q")
                          + "/"
                          + Fixtures.effective(BASE, "quarkus.micrometer.export.prometheus.path")
                              .orElse("metrics"));
            });
  }

  @Test
  void every_alert_has_a_severity_a_summary_a_description_and_a_duration() {
    assertThat(alerts())
        .isNotEmpty()
        .allSatisfy(
            rule -> {
              assertThat(rule.getLabels()).containsKey("severity");
              assertThat(rule.getLabels().get("severity")).isIn("critical", "warning", "info");
              assertThat(rule.getAnnotations()).containsKeys("summary", "description");
              assertThat(rule.getFor()).as(rule.getAlert()).isNotBlank();
            });
  }

  @Test
  void every_metric_the_alerts_and_dashboard_use_is_documented_and_scoped_to_the_job() {
    Set<String> documented = documentedMetrics();
    List<String> exprs = new ArrayList<>(alertExprs());
    exprs.addAll(dashboardExprs());

    assertThat(violations(exprs, documented, jobName())).isEmpty();
  }

  @Test
  void an_undocumented_or_unscoped_metric_is_reported() {
    List<String> exprs =
        List.of(
            "rate(switchboard_made_up_total{job=\"switchboard\"}[5m])",
            "sum(switchboard_messages_queued{namespace=\"x\"})",
            "switchboard_outbox_pending > 3");

    assertThat(violations(exprs, documentedMetrics(), jobName()))
        .containsExactlyInAnyOrder(
            "undocumented metric switchboard_made_up_total",
            "not scoped to job=\"switchboard\": switchboard_messages_queued{namespace=\"x\"}",
            "metric without a selector: switchboard_outbox_pending");
  }

  @Test
  void the_alerts_watch_every_required_signal_and_the_dashboard_shows_them() {
    Set<String> alerted = new LinkedHashSet<>();
    alertExprs().forEach(e -> alerted.addAll(PromQl.metrics(e)));
    Set<String> shown = new LinkedHashSet<>();
    dashboardExprs().forEach(e -> shown.addAll(PromQl.metrics(e)));

    assertThat(alerted).containsAll(REQUIRED_SIGNALS);
    assertThat(alertExprs()).anyMatch(e -> e.contains("outcome=\"rate_limited\""));
    assertThat(shown).containsAll(REQUIRED_SIGNALS);
    assertThat(dashboardExprs()).anyMatch(e -> e.contains("outcome=\"rate_limited\""));
  }

  @Test
  void the_dashboard_is_grafana_json_with_a_datasource_variable() throws IOException {
    JsonNode dashboard = StrictYaml.jsonMapper().readTree(Repo.read(Repo.DASHBOARD));

    assertThat(dashboard.path("uid").asText()).isNotBlank();
    assertThat(dashboard.path("title").asText()).isNotBlank();
    assertThat(dashboard.path("templating").path("list"))
        .anySatisfy(v -> assertThat(v.path("type").asText()).isEqualTo("datasource"));
    assertThat(dashboard.path("panels"))
        .isNotEmpty()
        .allSatisfy(
            panel -> {
              assertThat(panel.path("title").asText()).isNotBlank();
              assertThat(panel.path("targets")).isNotEmpty();
            });
  }

  /** What is wrong with a set of expressions: unknown metrics, metrics outside the job. */
  static List<String> violations(List<String> exprs, Set<String> documented, String job) {
    List<String> found = new ArrayList<>();
    for (String expr : exprs) {
      for (String metric : PromQl.metrics(expr)) {
        if (!documented.contains(metric)) {
          found.add("undocumented metric " + metric);
        }
      }
      for (String selector : PromQl.matchers(expr)) {
        if (!selector.contains("job=\"" + job + "\"")) {
          found.add("not scoped to job=\"" + job + "\": " + selector);
        }
      }
      for (String bare : PromQl.bareMetrics(expr)) {
        found.add("metric without a selector: " + bare);
      }
    }
    return found;
  }

  /** The job label Prometheus gives the targets: the Service's label named by jobLabel. */
  private static String jobName() {
    ServiceMonitor monitor = BASE.one(ServiceMonitor.class);
    return BASE.service().getMetadata().getLabels().get(monitor.getSpec().getJobLabel());
  }

  private static Set<String> documentedMetrics() {
    Set<String> names = Readme.metricNames(Readme.section(Readme.text(), "Metrics the alerts use"));
    assertThat(names).isNotEmpty();
    return names;
  }

  private static List<Rule> alerts() {
    return BASE.one(PrometheusRule.class).getSpec().getGroups().stream()
        .flatMap(g -> g.getRules().stream())
        .toList();
  }

  private static List<String> alertExprs() {
    return alerts().stream().map(r -> r.getExpr().getStrVal()).toList();
  }

  private static List<String> dashboardExprs() {
    try {
      JsonNode dashboard = StrictYaml.jsonMapper().readTree(Repo.read(Repo.DASHBOARD));
      List<String> exprs = new ArrayList<>();
      for (JsonNode panel : dashboard.path("panels")) {
        for (JsonNode target : panel.path("targets")) {
          exprs.add(target.path("expr").asText());
        }
      }
      return exprs;
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
