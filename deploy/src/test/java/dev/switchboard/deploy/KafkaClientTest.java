package dev.switchboard.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.deploy.support.EnvValue;
import dev.switchboard.deploy.support.Manifests;
import dev.switchboard.deploy.support.MountedFile;
import dev.switchboard.deploy.support.Rendered;
import dev.switchboard.deploy.support.Setting;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.strimzi.api.kafka.model.user.KafkaUser;
import io.strimzi.api.kafka.model.user.KafkaUserScramSha512ClientAuthentication;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The application reaches Kafka as the Strimzi KafkaUser, with SCRAM-SHA-512 over the cluster's TLS
 * listener, trusting the cluster CA; its credentials come from the Secrets Strimzi writes.
 */
class KafkaClientTest {

  /** Strimzi's conventional port of the TLS listener (the plain one is 9092). */
  private static final int TLS_LISTENER_PORT = 9093;

  static List<Rendered> rendered() {
    return Fixtures.app();
  }

  private static KafkaUser user() {
    return Fixtures.kafka().get(0).one(KafkaUser.class);
  }

  @ParameterizedTest
  @MethodSource("rendered")
  void the_application_authenticates_as_the_kafka_user_with_scram_over_tls(Rendered rendered) {
    Map<String, EnvValue> env = Fixtures.env(rendered);
    EnvValue jaas = env.get(Setting.envName("kafka.sasl.jaas.config"));

    assertThat(user().getSpec().getAuthentication())
        .isInstanceOf(KafkaUserScramSha512ClientAuthentication.class);
    assertThat(Fixtures.effective(rendered, "kafka.security.protocol")).contains("SASL_SSL");
    assertThat(Fixtures.effective(rendered, "kafka.sasl.mechanism")).contains("SCRAM-SHA-512");
    assertThat(jaas).isNotNull();
    assertThat(jaas.fromSecret()).isTrue();
    // The key Strimzi's User Operator writes; the copy in the app's namespace keeps it.
    assertThat(jaas.secretKey()).isEqualTo("sasl.jaas.config");
  }

  @ParameterizedTest
  @MethodSource("rendered")
  void the_truststore_is_the_cluster_ca_mounted_read_only_with_its_own_password(Rendered rendered) {
    PodSpec pod = rendered.deployment().getSpec().getTemplate().getSpec();
    String location = Fixtures.effective(rendered, "kafka.ssl.truststore.location").orElseThrow();
    MountedFile.Result mounted = MountedFile.at(pod, Fixtures.api(rendered), location);
    EnvValue password =
        Fixtures.env(rendered).get(Setting.envName("kafka.ssl.truststore.password"));

    assertThat(mounted.problems()).isEmpty();
    assertThat(mounted.file()).isPresent();
    assertThat(mounted.file().get().secretKey()).isEqualTo("ca.p12");
    assertThat(Fixtures.effective(rendered, "kafka.ssl.truststore.type")).contains("PKCS12");
    assertThat(password).isNotNull();
    assertThat(password.fromSecret()).isTrue();
    // ca.password opens the ca.p12 of the same copy of <cluster>-cluster-ca-cert, never another.
    assertThat(password.secretName()).isEqualTo(mounted.file().get().secretName());
    assertThat(password.secretKey()).isEqualTo("ca.password");
  }

  @ParameterizedTest
  @MethodSource("rendered")
  void the_bootstrap_servers_are_the_users_clusters_tls_listener_which_the_policy_lets_out(
      Rendered rendered) {
    String cluster = user().getMetadata().getLabels().get("strimzi.io/cluster");
    List<String> servers =
        Arrays.stream(
                Fixtures.effective(rendered, "kafka.bootstrap.servers").orElseThrow().split(","))
            .map(String::trim)
            .toList();
    Set<Integer> ports =
        servers.stream()
            .map(s -> Integer.parseInt(s.substring(s.lastIndexOf(':') + 1)))
            .collect(Collectors.toSet());
    List<NetworkPolicyEgressRule> toKafka =
        rendered.one(NetworkPolicy.class).getSpec().getEgress().stream()
            .filter(
                rule ->
                    rule.getTo().stream()
                        .anyMatch(
                            peer ->
                                peer.getPodSelector() != null
                                    && cluster.equals(
                                        peer.getPodSelector()
                                            .getMatchLabels()
                                            .get("strimzi.io/cluster"))))
            .toList();

    assertThat(servers).allSatisfy(s -> assertThat(s).startsWith(cluster + "-kafka-bootstrap."));
    assertThat(ports).containsExactly(TLS_LISTENER_PORT);
    assertThat(toKafka).hasSize(1);
    assertThat(toKafka.get(0).getPorts())
        .extracting(NetworkPolicyPort::getPort)
        .extracting(p -> p.getIntVal())
        .containsExactlyInAnyOrderElementsOf(ports);
  }

  @Test
  void a_truststore_on_a_writable_mount_or_missing_from_the_secret_is_reported() {
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
                  volumeMounts:
                    - name: ca
                      mountPath: /etc/ca
              volumes:
                - name: ca
                  secret:
                    secretName: kafka-ca
                    items:
                      - key: ca.crt
                        path: ca.crt
        """;
    Deployment bad = (Deployment) Manifests.typed(Manifests.trees(yaml, "t").get(0), "t");
    PodSpec pod = bad.getSpec().getTemplate().getSpec();
    var app = pod.getContainers().get(0);

    assertThat(MountedFile.at(pod, app, "/etc/ca/ca.p12").problems())
        .containsExactlyInAnyOrder(
            "/etc/ca is not mounted read-only", "no item of Secret kafka-ca is ca.p12");
    assertThat(MountedFile.at(pod, app, "/etc/other/ca.p12").problems())
        .containsExactly("/etc/other/ca.p12 is on no volume mount");
    assertThat(MountedFile.at(pod, app, "/etc/ca/ca.crt").file())
        .contains(new MountedFile("kafka-ca", "ca.crt"));
  }
}
