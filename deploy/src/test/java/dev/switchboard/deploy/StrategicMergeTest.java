package dev.switchboard.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.deploy.support.Manifests;
import dev.switchboard.deploy.support.StrategicMerge;
import org.junit.jupiter.api.Test;

/** The overlays' patches merge as Kubernetes' strategic merge patch does. */
class StrategicMergeTest {

  @Test
  void merges_containers_by_name_and_replaces_other_lists() {
    ObjectNode target =
        tree(
            "spec:\n  containers:\n    - name: api\n      image: a\n      args: [x, y]\n"
                + "    - name: side\n      image: s\n  tolerations: [{key: k}]\n");
    ObjectNode patch =
        tree(
            "spec:\n  containers:\n    - name: api\n      args: [z]\n"
                + "  tolerations: [{key: other}]\n");

    StrategicMerge.apply(target, patch);

    assertThat(target.at("/spec/containers")).hasSize(2);
    assertThat(target.at("/spec/containers/0/image").asText()).isEqualTo("a");
    assertThat(target.at("/spec/containers/0/args")).hasSize(1);
    assertThat(target.at("/spec/containers/1/name").asText()).isEqualTo("side");
    assertThat(target.at("/spec/tolerations/0/key").asText()).isEqualTo("other");
  }

  @Test
  void a_null_deletes_and_directives_are_refused() {
    ObjectNode target = tree("spec:\n  a: 1\n  b: 2\n");

    StrategicMerge.apply(target, tree("spec:\n  a: null\n"));

    assertThat(target.at("/spec").has("a")).isFalse();
    assertThatThrownBy(() -> StrategicMerge.apply(target, tree("spec:\n  $patch: replace\n")))
        .hasMessageContaining("$patch");
  }

  private static ObjectNode tree(String yaml) {
    return Manifests.trees(yaml, "test").get(0);
  }
}
