package dev.switchboard.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.deploy.support.Manifests;
import dev.switchboard.deploy.support.PodRules;
import dev.switchboard.deploy.support.Rendered;
import dev.switchboard.deploy.support.Repo;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The restricted security context and bounded resources hold for every container everywhere. */
class PodSecurityTest {

  static List<Rendered> rendered() {
    return Fixtures.app();
  }

  static List<Path> overlayPatches() {
    return Repo.yamlFiles().stream()
        .filter(p -> p.startsWith(Repo.K8S.resolve("overlays")))
        .filter(p -> !p.getFileName().toString().equals("kustomization.yaml"))
        .toList();
  }

  @ParameterizedTest
  @MethodSource("rendered")
  void every_container_follows_the_security_and_resource_rules(Rendered rendered) {
    for (Deployment deployment : rendered.all(Deployment.class)) {
      assertThat(PodRules.violations(deployment.getSpec().getTemplate().getSpec()))
          .as(rendered + " " + deployment.getMetadata().getName())
          .isEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("rendered")
  void pods_get_no_service_account_token(Rendered rendered) {
    PodSpec pod = rendered.deployment().getSpec().getTemplate().getSpec();

    assertThat(pod.getAutomountServiceAccountToken()).isFalse();
  }

  /** A patch that touches a container's resources or security sets them whole. */
  @ParameterizedTest
  @MethodSource("overlayPatches")
  void overlay_patches_set_resources_and_security_whole(Path patch) {
    for (JsonNode document : Manifests.trees(patch)) {
      for (JsonNode container :
          document.path("spec").path("template").path("spec").path("containers")) {
        JsonNode resources = container.path("resources");
        if (!resources.isMissingNode()) {
          for (String part : List.of("requests", "limits")) {
            assertThat(resources.path(part).has("cpu")).as(patch + " " + part + ".cpu").isTrue();
            assertThat(resources.path(part).has("memory"))
                .as(patch + " " + part + ".memory")
                .isTrue();
          }
        }
        JsonNode security = container.path("securityContext");
        assertThat(security.path("allowPrivilegeEscalation").asBoolean(false)).isFalse();
        assertThat(security.path("privileged").asBoolean(false)).isFalse();
        assertThat(security.path("readOnlyRootFilesystem").asBoolean(true)).isTrue();
        assertThat(security.path("runAsNonRoot").asBoolean(true)).isTrue();
      }
    }
  }

  @Test
  void a_container_without_limits_or_a_security_context_is_reported() {
    String yaml =
        """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: bad
        spec:
          template:
            spec:
              containers:
                - name: app
                  image: x
                  resources:
                    requests:
                      cpu: "2"
                      memory: 1Gi
                    limits:
                      cpu: "1"
        """;
    Deployment bad = (Deployment) Manifests.typed(Manifests.trees(yaml, "t").get(0), "t");

    assertThat(PodRules.violations(bad.getSpec().getTemplate().getSpec()))
        .containsExactlyInAnyOrder(
            "container app: no securityContext",
            "container app: no memory limit",
            "container app: cpu request above its limit",
            "container app: no volume mounted at /tmp");
  }

  @Test
  void a_weakened_security_context_is_reported() {
    String yaml =
        """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: bad
        spec:
          template:
            spec:
              containers:
                - name: app
                  image: x
                  securityContext:
                    runAsUser: 0
                    allowPrivilegeEscalation: true
                    capabilities:
                      drop: [ALL]
                      add: [NET_ADMIN]
        """;
    Deployment bad = (Deployment) Manifests.typed(Manifests.trees(yaml, "t").get(0), "t");

    assertThat(PodRules.violations(bad.getSpec().getTemplate().getSpec()))
        .contains(
            "container app: runAsNonRoot is not true",
            "container app: runs as user 0",
            "container app: allowPrivilegeEscalation is not false",
            "container app: readOnlyRootFilesystem is not true",
            "container app: capabilities add [NET_ADMIN]",
            "container app: seccompProfile is not RuntimeDefault or Localhost");
  }
}
