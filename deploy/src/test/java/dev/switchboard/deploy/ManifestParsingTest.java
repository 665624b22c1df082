package dev.switchboard.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.deploy.support.Kustomize;
import dev.switchboard.deploy.support.ManifestException;
import dev.switchboard.deploy.support.Manifests;
import dev.switchboard.deploy.support.Repo;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every manifest is one Kubernetes would accept: known kinds, known fields, right types. */
class ManifestParsingTest {

  static List<Path> manifestFiles() {
    return Repo.yamlFiles().stream()
        .filter(p -> !p.getFileName().toString().equals("kustomization.yaml"))
        .toList();
  }

  static List<Path> kustomizations() {
    return Repo.yamlFiles().stream()
        .filter(p -> p.getFileName().toString().equals("kustomization.yaml"))
        .map(Path::getParent)
        .toList();
  }

  @ParameterizedTest
  @MethodSource("manifestFiles")
  void every_manifest_and_patch_parses_strictly_into_its_model(Path file) {
    List<HasMetadata> resources = Manifests.typed(file);

    assertThat(resources).isNotEmpty();
    assertThat(resources).allSatisfy(r -> assertThat(r.getMetadata().getName()).isNotBlank());
  }

  @ParameterizedTest
  @MethodSource("kustomizations")
  void every_kustomization_renders(Path directory) {
    assertThat(Kustomize.render(directory)).isNotEmpty();
  }

  @Test
  void the_models_know_the_kinds_they_parse() {
    List<HasMetadata> topics = Manifests.typed(Repo.KAFKA_BASE.resolve("topics.yaml"));

    assertThat(topics).hasSize(4).allMatch(KafkaTopic.class::isInstance);
    assertThat(Manifests.typed(Repo.KAFKA_BASE.resolve("user.yaml")))
        .singleElement()
        .isInstanceOf(KafkaUser.class);
    assertThat(Manifests.typed(Repo.BASE.resolve("deployment.yaml")))
        .singleElement()
        .isInstanceOf(Deployment.class);
  }

  @Test
  void rejects_an_unknown_field_of_a_deployment() {
    String yaml =
        deployment("      containers:\n        - name: api\n          imagePullPolicyy: Always\n");

    assertThatThrownBy(() -> typed(yaml))
        .isInstanceOf(ManifestException.class)
        .hasMessageContaining("imagePullPolicyy");
  }

  @Test
  void rejects_a_number_where_kubernetes_wants_a_string() {
    String yaml =
        deployment(
            "      containers:\n        - name: api\n          env:\n"
                + "            - name: QUARKUS_HTTP_PORT\n              value: 8080\n");

    assertThatThrownBy(() -> typed(yaml)).isInstanceOf(ManifestException.class);
  }

  @Test
  void rejects_a_string_where_kubernetes_wants_a_number() {
    String yaml =
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: x\nspec:\n  replicas: \"3\"\n";

    assertThatThrownBy(() -> typed(yaml)).isInstanceOf(ManifestException.class);
  }

  @Test
  void rejects_a_label_that_is_not_a_string() {
    String yaml = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  labels:\n    a: true\n";

    assertThatThrownBy(() -> typed(yaml)).isInstanceOf(ManifestException.class);
  }

  @Test
  void rejects_an_unknown_field_of_a_strimzi_topic() {
    String yaml =
        "apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nmetadata:\n  name: t\n"
            + "spec:\n  partition: 3\n";

    assertThatThrownBy(() -> typed(yaml))
        .isInstanceOf(ManifestException.class)
        .hasMessageContaining("partition");
  }

  @Test
  void rejects_an_acl_operation_strimzi_does_not_know() {
    String yaml =
        "apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaUser\nmetadata:\n  name: u\nspec:\n"
            + "  authorization:\n    type: simple\n    acls:\n      - resource:\n"
            + "          type: topic\n          name: t\n        operations: [Writ]\n";

    assertThatThrownBy(() -> typed(yaml)).isInstanceOf(ManifestException.class);
  }

  @Test
  void rejects_an_unknown_field_of_a_service_monitor() {
    String yaml =
        "apiVersion: monitoring.coreos.com/v1\nkind: ServiceMonitor\nmetadata:\n  name: m\n"
            + "spec:\n  endpoints:\n    - port: http\n      pathh: /q/metrics\n";

    assertThatThrownBy(() -> typed(yaml))
        .isInstanceOf(ManifestException.class)
        .hasMessageContaining("pathh");
  }

  @Test
  void rejects_a_kind_the_deployment_does_not_use() {
    String yaml = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n";

    assertThatThrownBy(() -> typed(yaml))
        .isInstanceOf(ManifestException.class)
        .hasMessageContaining("v1/Pod");
  }

  @Test
  void rejects_a_duplicate_key() {
    String yaml = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  name: y\n";

    assertThatThrownBy(() -> typed(yaml)).isInstanceOf(ManifestException.class);
  }

  @Test
  void rejects_a_kustomization_field_the_renderer_does_not_implement(@TempDir Path dir)
      throws IOException {
    Files.writeString(
        dir.resolve("kustomization.yaml"),
        "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamePrefix: x-\n");

    assertThatThrownBy(() -> Kustomize.render(dir)).hasMessageContaining("namePrefix");
  }

  @Test
  void rejects_a_patch_that_matches_no_resource(@TempDir Path dir) throws IOException {
    Path base = Files.createDirectory(dir.resolve("base"));
    Path overlay = Files.createDirectory(dir.resolve("overlay"));
    Files.writeString(
        base.resolve("kustomization.yaml"),
        "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n"
            + "resources:\n  - cm.yaml\n");
    Files.writeString(
        base.resolve("cm.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n");
    Files.writeString(
        overlay.resolve("kustomization.yaml"),
        "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n"
            + "resources:\n  - ../base\npatches:\n  - path: p.yaml\n");
    Files.writeString(
        overlay.resolve("p.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b\n");

    assertThat(Kustomize.render(base)).hasSize(1);
    assertThatThrownBy(() -> Kustomize.render(overlay)).hasMessageContaining("matches no resource");
  }

  private static String deployment(String podSpec) {
    return "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: x\nspec:\n  template:\n"
        + "    spec:\n"
        + podSpec;
  }

  private static HasMetadata typed(String yaml) {
    return Manifests.typed(Manifests.trees(yaml, "test").get(0), "test");
  }
}
