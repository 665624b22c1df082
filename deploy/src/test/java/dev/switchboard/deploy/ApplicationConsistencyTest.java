package dev.switchboard.deploy;

import static dev.switchboard.deploy.Fixtures.APP;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.deploy.support.EnvValue;
import dev.switchboard.deploy.support.Readme;
import dev.switchboard.deploy.support.Rendered;
import dev.switchboard.deploy.support.Repo;
import dev.switchboard.deploy.support.Setting;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The manifests configure and probe the application as it is in this repository. */
class ApplicationConsistencyTest {

  /** Values that only make sense on a developer's machine (the sandbox's defaults). */
  private static final Pattern SANDBOX = Pattern.compile("127\\.0\\.0\\.1|localhost|sandbox");

  static List<Rendered> rendered() {
    return Fixtures.app();
  }

  @ParameterizedTest
  @MethodSource("rendered")
  void every_environment_variable_is_a_key_the_application_reads(Rendered rendered) {
    List<String> unknown =
        Fixtures.env(rendered).keySet().stream()
            .filter(name -> APP.byEnvName(name).isEmpty())
            .toList();

    assertThat(unknown).as("variables that no configuration key reads").isEmpty();
  }

  @ParameterizedTest
  @MethodSource("rendered")
  void every_required_key_without_a_default_is_set(Rendered rendered) {
    Map<String, EnvValue> env = Fixtures.env(rendered);
    List<String> missing =
        APP.all().values().stream()
            .filter(Setting::required)
            .filter(s -> !env.containsKey(s.envName()))
            .map(Setting::key)
            .toList();

    assertThat(missing).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("rendered")
  void every_key_whose_default_points_at_the_sandbox_is_overridden(Rendered rendered) {
    Map<String, EnvValue> env = Fixtures.env(rendered);
    List<String> sandboxDefaults =
        APP.all().values().stream()
            .filter(s -> s.defaultValue().filter(v -> SANDBOX.matcher(v).find()).isPresent())
            .filter(s -> !s.key().equals("quarkus.http.test-port"))
            .map(Setting::key)
            .toList();

    assertThat(sandboxDefaults).contains("kafka.bootstrap.servers", "switchboard.webhooks.secret");
    assertThat(sandboxDefaults)
        .allSatisfy(key -> assertThat(env).containsKey(Setting.envName(key)));
    assertThat(env.values())
        .filteredOn(v -> v.literal() != null)
        .allSatisfy(v -> assertThat(v.literal()).doesNotContainPattern(SANDBOX));
  }

  @ParameterizedTest
  @MethodSource("rendered")
  void credentials_come_from_secrets_and_never_from_config_maps(Rendered rendered) {
    Map<String, EnvValue> env = Fixtures.env(rendered);
    List<Setting> credentials = APP.all().values().stream().filter(Setting::secret).toList();

    assertThat(credentials)
        .extracting(Setting::key)
        .contains(
            "switchboard.flowroute.access-key",
            "switchboard.flowroute.secret-key",
            "switchboard.webhooks.secret",
            "quarkus.datasource.password",
            "kafka.sasl.jaas.config",
            "kafka.ssl.truststore.password");
    assertThat(credentials)
        .allSatisfy(
            s -> {
              assertThat(env).containsKey(s.envName());
              assertThat(env.get(s.envName()).fromSecret()).as(s.key()).isTrue();
            });
    for (ConfigMap configMap : rendered.configMaps()) {
      assertThat(configMap.getData().keySet())
          .doesNotContainAnyElementsOf(credentials.stream().map(Setting::envName).toList());
    }
  }

  @ParameterizedTest
  @MethodSource("rendered")
  void the_probes_use_the_quarkus_health_endpoints_on_the_management_port(Rendered rendered) {
    Container api = Fixtures.api(rendered);
    String health = healthRoot(rendered);

    assertThat(Fixtures.effective(rendered, "quarkus.management.enabled")).contains("true");
    assertThat(path(api.getStartupProbe())).isEqualTo(health + "/started");
    assertThat(path(api.getLivenessProbe())).isEqualTo(health + "/live");
    // Readiness is the database only (the health group "serving"), not /ready, which also holds
    // Quarkus's Kafka check: a Kafka outage must not take the pods out of service.
    assertThat(path(api.getReadinessProbe())).isEqualTo(health + "/group/serving");
    assertThat(SERVING_CHECK).content().contains("GROUP = \"serving\"");
    int port = managementPort(rendered);
    for (Probe probe :
        List.of(api.getStartupProbe(), api.getLivenessProbe(), api.getReadinessProbe())) {
      assertThat(containerPort(api, probe.getHttpGet().getPort().getValue())).isEqualTo(port);
    }
  }

  @Test
  void the_application_serves_health_and_prometheus_metrics() {
    String pom = Repo.read(Repo.API.resolve("pom.xml"));

    assertThat(pom)
        .contains("<artifactId>quarkus-smallrye-health</artifactId>")
        .contains("<artifactId>quarkus-micrometer-registry-prometheus</artifactId>");
  }

  @ParameterizedTest
  @MethodSource("rendered")
  void the_service_selects_the_deployments_pods_and_targets_the_http_and_management_ports(
      Rendered rendered) {
    var service = rendered.service();
    var podLabels = rendered.deployment().getSpec().getTemplate().getMetadata().getLabels();

    assertThat(service.getSpec().getSelector()).isNotEmpty();
    assertThat(podLabels).containsAllEntriesOf(service.getSpec().getSelector());
    assertThat(podLabels)
        .containsAllEntriesOf(rendered.deployment().getSpec().getSelector().getMatchLabels());
    Container api = Fixtures.api(rendered);
    int http = Integer.parseInt(Fixtures.effective(rendered, "quarkus.http.port").orElseThrow());
    assertThat(service.getSpec().getPorts())
        .extracting(port -> containerPort(api, port.getTargetPort().getValue()))
        .containsExactlyInAnyOrder(http, managementPort(rendered));
  }

  /** The application's health check that makes the readiness probe's group. */
  private static final Path SERVING_CHECK =
      Repo.API.resolve("src/main/java/dev/switchboard/api/health/ServingHealthCheck.java");

  /** Where health, metrics and OpenAPI are served: Quarkus's management interface. */
  private static int managementPort(Rendered rendered) {
    return Integer.parseInt(Fixtures.effective(rendered, "quarkus.management.port").orElse("9000"));
  }

  @ParameterizedTest
  @MethodSource("rendered")
  void every_config_map_referenced_is_defined_and_every_secret_is_documented(Rendered rendered) {
    PodSpec pod = rendered.deployment().getSpec().getTemplate().getSpec();
    String readme = Readme.text();
    var commands = Readme.secretCommands(readme);
    List<String[]> secretKeys = new ArrayList<>();
    for (EnvValue value : Fixtures.env(rendered).values()) {
      if (value.fromSecret()) {
        secretKeys.add(new String[] {value.secretName(), value.secretKey()});
      }
    }
    for (var volume : pod.getVolumes()) {
      if (volume.getSecret() != null) {
        volume
            .getSecret()
            .getItems()
            .forEach(
                i -> secretKeys.add(new String[] {volume.getSecret().getSecretName(), i.getKey()}));
      }
      if (volume.getConfigMap() != null) {
        assertThat(rendered.named(ConfigMap.class, volume.getConfigMap().getName())).isPresent();
      }
    }

    assertThat(secretKeys).isNotEmpty();
    assertThat(secretKeys)
        .allSatisfy(
            ref ->
                assertThat(commands)
                    .as("a kubectl create secret command for %s/%s", ref[0], ref[1])
                    .anyMatch(
                        c ->
                            c.contains(" " + ref[0] + " ")
                                && (c.contains("--from-literal=" + ref[1] + "=")
                                    || c.contains("--from-file=" + ref[1] + "="))));
    for (Ingress ingress : rendered.all(Ingress.class)) {
      ingress.getSpec().getTls().forEach(tls -> assertThat(readme).contains(tls.getSecretName()));
    }
  }

  @ParameterizedTest
  @MethodSource("rendered")
  void the_ingress_exposes_only_the_flowroute_webhook_paths(Rendered rendered) {
    Ingress ingress = rendered.one(Ingress.class);
    String serviceName = rendered.service().getMetadata().getName();

    assertThat(ingress.getSpec().getDefaultBackend()).isNull();
    assertThat(ingress.getSpec().getRules()).isNotEmpty();
    assertThat(ingress.getSpec().getRules())
        .allSatisfy(
            rule ->
                assertThat(rule.getHttp().getPaths())
                    .allSatisfy(
                        path -> {
                          assertThat(path.getPath()).isEqualTo("/webhooks/flowroute/");
                          assertThat(path.getPathType()).isEqualTo("Prefix");
                          assertThat(path.getBackend().getService().getName())
                              .isEqualTo(serviceName);
                        }));
    assertThat(applicationText()).contains("/webhooks/flowroute/");
  }

  @ParameterizedTest
  @MethodSource("rendered")
  void the_public_webhook_url_is_the_ingress_host_over_https(Rendered rendered) {
    URI publicUrl =
        URI.create(
            Fixtures.effective(rendered, "switchboard.webhooks.public-base-url").orElseThrow());
    Ingress ingress = rendered.one(Ingress.class);

    assertThat(publicUrl.getScheme()).isEqualTo("https");
    assertThat(ingress.getSpec().getRules())
        .extracting(r -> r.getHost())
        .containsExactly(publicUrl.getHost());
    assertThat(ingress.getSpec().getTls())
        .anySatisfy(tls -> assertThat(tls.getHosts()).contains(publicUrl.getHost()));
  }

  @ParameterizedTest
  @MethodSource("rendered")
  void graceful_shutdown_fits_in_the_termination_grace_period(Rendered rendered) {
    PodSpec pod = rendered.deployment().getSpec().getTemplate().getSpec();
    Duration shutdown =
        quarkusDuration(Fixtures.effective(rendered, "quarkus.shutdown.timeout").orElseThrow());
    var preStop = Fixtures.api(rendered).getLifecycle().getPreStop();
    long preStopSeconds = preStop.getSleep().getSeconds();

    assertThat(shutdown).isGreaterThanOrEqualTo(Duration.ofSeconds(10));
    assertThat(preStopSeconds).isPositive();
    assertThat(pod.getTerminationGracePeriodSeconds())
        .isGreaterThan(preStopSeconds + shutdown.toSeconds() + 5);
  }

  @Test
  void the_topic_names_are_the_applications() {
    for (Rendered rendered : Fixtures.app()) {
      for (String topic : List.of("inbound", "status", "numbers")) {
        String key = "switchboard.events.topics." + topic;
        assertThat(Fixtures.effective(rendered, key)).isEqualTo(APP.defaultOf(key));
      }
    }
    String events = Repo.read(Repo.EVENTS_DOC);
    for (String topic : List.of("inbound", "status", "numbers")) {
      assertThat(events)
          .contains("`" + APP.defaultOf("switchboard.events.topics." + topic).orElseThrow() + "`");
    }
  }

  private static String healthRoot(Rendered rendered) {
    String root = Fixtures.effective(rendered, "quarkus.management.root-path").orElse("q");
    String health =
        Fixtures.effective(rendered, "quarkus.smallrye-health.root-path").orElse("health");
    return "/" + strip(root) + "/" + strip(health);
  }

  private static String strip(String path) {
    return path.replaceAll("^/+|/+$", "");
  }

  private static String path(Probe probe) {
    assertThat(probe).isNotNull();
    assertThat(probe.getHttpGet()).isNotNull();
    return probe.getHttpGet().getPath();
  }

  /** The container port a probe or Service names, by name or by number. */
  private static int containerPort(Container container, Object nameOrNumber) {
    if (nameOrNumber instanceof Integer number) {
      assertThat(container.getPorts()).extracting(ContainerPort::getContainerPort).contains(number);
      return number;
    }
    return container.getPorts().stream()
        .filter(p -> nameOrNumber.equals(p.getName()))
        .map(ContainerPort::getContainerPort)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no container port named " + nameOrNumber));
  }

  /** Quarkus durations: an ISO-8601 duration, or a number with a unit (20s, 500ms, 1m). */
  static Duration quarkusDuration(String value) {
    var simple = java.util.regex.Pattern.compile("(?i)(\\d+)(ms|s|m|h|d)?").matcher(value.trim());
    if (simple.matches()) {
      long amount = Long.parseLong(simple.group(1));
      String unit = simple.group(2) == null ? "s" : simple.group(2).toLowerCase();
      return switch (unit) {
        case "ms" -> Duration.ofMillis(amount);
        case "m" -> Duration.ofMinutes(amount);
        case "h" -> Duration.ofHours(amount);
        case "d" -> Duration.ofDays(amount);
        default -> Duration.ofSeconds(amount);
      };
    }
    return Duration.parse(value.startsWith("P") ? value : "PT" + value);
  }

  private static String applicationText() {
    StringBuilder text = new StringBuilder(Repo.read(Repo.APPLICATION_PROPERTIES));
    try (var files = java.nio.file.Files.walk(Repo.API.resolve("src/main/java"))) {
      files.filter(p -> p.toString().endsWith(".java")).forEach(p -> text.append(Repo.read(p)));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return text.toString();
  }
}
