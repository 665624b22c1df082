package dev.switchboard.deploy;

import static dev.switchboard.deploy.Fixtures.APP;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.deploy.support.Rendered;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What each environment promises: replicas, spreading, disruption budget, scaling, images. */
class OverlayTest {

  static List<Rendered> overlays() {
    return Fixtures.appOverlays();
  }

  @Test
  void there_are_a_dev_and_a_prod_overlay() {
    assertThat(overlays()).extracting(Rendered::name).contains("overlays/dev", "overlays/prod");
  }

  @Test
  void dev_runs_one_small_replica() {
    Rendered dev = Fixtures.appOverlay("dev");

    assertThat(dev.deployment().getSpec().getReplicas()).isEqualTo(1);
    assertThat(Fixtures.api(dev).getResources().getRequests().get("cpu").getNumericalAmount())
        .isLessThanOrEqualTo(new java.math.BigDecimal("0.25"));
  }

  @Test
  void prod_runs_several_replicas_spread_over_nodes_with_a_disruption_budget() {
    Rendered prod = Fixtures.appOverlay("prod");
    PodSpec pod = prod.deployment().getSpec().getTemplate().getSpec();
    Map<String, String> podLabels =
        prod.deployment().getSpec().getTemplate().getMetadata().getLabels();

    assertThat(prod.deployment().getSpec().getReplicas()).isGreaterThanOrEqualTo(3);
    var terms =
        pod.getAffinity().getPodAntiAffinity().getPreferredDuringSchedulingIgnoredDuringExecution();
    assertThat(terms)
        .anySatisfy(
            t -> {
              assertThat(t.getPodAffinityTerm().getTopologyKey())
                  .isEqualTo("kubernetes.io/hostname");
              assertThat(podLabels)
                  .containsAllEntriesOf(t.getPodAffinityTerm().getLabelSelector().getMatchLabels());
            });
    PodDisruptionBudget pdb = prod.one(PodDisruptionBudget.class);
    assertThat(podLabels).containsAllEntriesOf(pdb.getSpec().getSelector().getMatchLabels());
    assertThat(pdb.getSpec().getMaxUnavailable().getIntVal()).isEqualTo(1);
    assertThat(prod.hpa().getSpec().getMinReplicas()).isGreaterThan(1);
  }

  @ParameterizedTest
  @MethodSource("overlays")
  void replicas_start_at_the_autoscalers_minimum(Rendered overlay) {
    var hpa = overlay.hpa().getSpec();

    assertThat(hpa.getScaleTargetRef().getKind()).isEqualTo("Deployment");
    assertThat(hpa.getScaleTargetRef().getName())
        .isEqualTo(overlay.deployment().getMetadata().getName());
    assertThat(overlay.deployment().getSpec().getReplicas()).isEqualTo(hpa.getMinReplicas());
    assertThat(hpa.getMaxReplicas()).isGreaterThanOrEqualTo(hpa.getMinReplicas());
  }

  /**
   * The replicas share one account-wide limiter, so the rates configured are the account's own
   * (Flowroute's per-key rates, the application's defaults): not divided by the replicas, which
   * would leave the account mostly idle, and not above, which would draw 429s.
   */
  @ParameterizedTest
  @MethodSource("overlays")
  void the_dispatcher_rates_are_the_accounts_shared_by_all_replicas(Rendered overlay) {
    for (String key :
        new String[] {
          "switchboard.dispatcher.sms-per-second", "switchboard.dispatcher.mms-per-second"
        }) {
      double account = Double.parseDouble(APP.defaultOf(key).orElseThrow());
      double configured = Double.parseDouble(Fixtures.effective(overlay, key).orElseThrow());

      assertThat(configured).as(key).isEqualTo(account);
    }
  }

  @ParameterizedTest
  @MethodSource("overlays")
  void images_are_pinned_to_a_tag(Rendered overlay) {
    String image = Fixtures.api(overlay).getImage();

    assertThat(image).matches(".+/.+:[A-Za-z0-9._-]+").doesNotEndWith(":latest");
  }

  @ParameterizedTest
  @MethodSource("overlays")
  void every_resource_is_in_the_overlays_namespace(Rendered overlay) {
    String namespace = overlay.deployment().getMetadata().getNamespace();

    assertThat(namespace).isNotBlank();
    assertThat(overlay.resources())
        .extracting(HasMetadata::getMetadata)
        .allSatisfy(m -> assertThat(m.getNamespace()).isEqualTo(namespace));
  }

  @ParameterizedTest
  @MethodSource("overlays")
  void the_network_policy_covers_the_pods_in_both_directions(Rendered overlay) {
    NetworkPolicy policy = overlay.one(NetworkPolicy.class);
    Map<String, String> podLabels =
        overlay.deployment().getSpec().getTemplate().getMetadata().getLabels();

    assertThat(podLabels).containsAllEntriesOf(policy.getSpec().getPodSelector().getMatchLabels());
    assertThat(policy.getSpec().getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");
    // The API's port for its callers and the ingress, the management port for Prometheus only.
    assertThat(policy.getSpec().getIngress())
        .allSatisfy(
            rule -> {
              boolean monitoring =
                  rule.getFrom().stream()
                      .anyMatch(
                          peer ->
                              peer.getNamespaceSelector() != null
                                  && "monitoring"
                                      .equals(
                                          peer.getNamespaceSelector()
                                              .getMatchLabels()
                                              .get("kubernetes.io/metadata.name")));
              assertThat(rule.getPorts())
                  .allSatisfy(
                      p -> assertThat(p.getPort().getIntVal()).isEqualTo(monitoring ? 9000 : 8080));
            });
    assertThat(policy.getSpec().getEgress())
        .flatExtracting(r -> r.getPorts())
        .extracting(p -> p.getPort().getIntVal())
        .containsExactlyInAnyOrder(53, 53, 5432, 9093, 443);
    assertThat(policy.getSpec().getEgress())
        .flatExtracting(r -> r.getTo())
        .filteredOn(peer -> peer.getIpBlock() != null)
        .allSatisfy(peer -> assertThat(peer.getIpBlock().getExcept()).contains("10.0.0.0/8"));
  }
}
