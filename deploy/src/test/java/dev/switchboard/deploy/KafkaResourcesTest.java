package dev.switchboard.deploy;

import static dev.switchboard.deploy.Fixtures.APP;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.deploy.support.Rendered;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import io.strimzi.api.kafka.model.user.KafkaUserAuthorizationSimple;
import io.strimzi.api.kafka.model.user.KafkaUserScramSha512ClientAuthentication;
import io.strimzi.api.kafka.model.user.acl.AclOperation;
import io.strimzi.api.kafka.model.user.acl.AclRule;
import io.strimzi.api.kafka.model.user.acl.AclRuleClusterResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleTopicResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleTransactionalIdResource;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Topics and the Kafka user match what the application publishes, with durable settings. */
class KafkaResourcesTest {

  static List<Rendered> kafka() {
    return Fixtures.kafka();
  }

  /** The topics every application overlay configures (they are all the same). */
  static Set<String> configuredTopics() {
    Set<String> topics = new HashSet<>();
    for (Rendered app : Fixtures.app()) {
      for (String stream : List.of("inbound", "status", "numbers", "opt-outs")) {
        topics.add(Fixtures.effective(app, "switchboard.events.topics." + stream).orElseThrow());
      }
    }
    return topics;
  }

  @ParameterizedTest
  @MethodSource("kafka")
  void there_is_a_topic_for_each_topic_the_application_publishes_to(Rendered kafka) {
    Set<String> topics =
        kafka.all(KafkaTopic.class).stream()
            .map(t -> t.getSpec().getTopicName())
            .collect(Collectors.toSet());

    assertThat(configuredTopics()).hasSize(4);
    assertThat(topics).isEqualTo(configuredTopics());
    assertThat(topics)
        .containsExactlyInAnyOrder(
            APP.defaultOf("switchboard.events.topics.inbound").orElseThrow(),
            APP.defaultOf("switchboard.events.topics.status").orElseThrow(),
            APP.defaultOf("switchboard.events.topics.numbers").orElseThrow(),
            APP.defaultOf("switchboard.events.topics.opt-outs").orElseThrow());
  }

  @ParameterizedTest
  @MethodSource("kafka")
  void every_topic_sets_partitions_replicas_min_insync_replicas_and_retention(Rendered kafka) {
    assertThat(kafka.all(KafkaTopic.class))
        .allSatisfy(
            topic -> {
              var spec = topic.getSpec();
              assertThat(spec.getPartitions()).isPositive();
              assertThat(spec.getReplicas()).isPositive();
              int minInsync = (Integer) spec.getConfig().get("min.insync.replicas");
              assertThat(minInsync).isBetween(1, spec.getReplicas());
              if (spec.getReplicas() > 1) {
                // One broker may fail without stopping acks=all writes.
                assertThat(minInsync).isLessThan(spec.getReplicas()).isGreaterThanOrEqualTo(2);
              }
              assertThat(spec.getConfig()).containsKey("retention.ms");
              assertThat(spec.getConfig().get("cleanup.policy")).isEqualTo("delete");
            });
  }

  @Test
  void production_topics_keep_three_copies() {
    Rendered prod =
        kafka().stream()
            .filter(r -> r.name().equals("kafka/overlays/prod"))
            .findFirst()
            .orElseThrow();

    assertThat(prod.all(KafkaTopic.class))
        .allSatisfy(
            t -> {
              assertThat(t.getSpec().getReplicas()).isGreaterThanOrEqualTo(3);
              assertThat(t.getSpec().getConfig().get("min.insync.replicas")).isEqualTo(2);
            });
  }

  @ParameterizedTest
  @MethodSource("kafka")
  void the_user_may_only_write_and_describe_the_applications_topics(Rendered kafka) {
    KafkaUser user = kafka.one(KafkaUser.class);
    assertThat(user.getSpec().getAuthentication())
        .isInstanceOf(KafkaUserScramSha512ClientAuthentication.class);
    List<AclRule> acls =
        ((KafkaUserAuthorizationSimple) user.getSpec().getAuthorization()).getAcls();

    Set<String> topics = new HashSet<>();
    boolean transactional = false;
    for (AclRule acl : acls) {
      assertThat(acl.getType() == null || acl.getType().toValue().equals("allow")).isTrue();
      if (acl.getResource() instanceof AclRuleTopicResource topic) {
        assertThat(topic.getPatternType().toValue()).isEqualTo("literal");
        assertThat(acl.getOperations())
            .containsExactlyInAnyOrder(AclOperation.WRITE, AclOperation.DESCRIBE);
        topics.add(topic.getName());
      } else if (acl.getResource() instanceof AclRuleClusterResource) {
        assertThat(acl.getOperations()).containsExactly(AclOperation.IDEMPOTENTWRITE);
      } else if (acl.getResource() instanceof AclRuleTransactionalIdResource id) {
        // The relay's fencing: one transactional id shared by every replica, nothing more.
        assertThat(id.getName()).isEqualTo("switchboard-outbox-relay");
        assertThat(acl.getOperations())
            .containsExactlyInAnyOrder(AclOperation.WRITE, AclOperation.DESCRIBE);
        transactional = true;
      } else {
        throw new AssertionError("an ACL on something else than the topics: " + acl.getResource());
      }
    }
    assertThat(topics).isEqualTo(configuredTopics());
    assertThat(transactional).as("Write on the relay's transactional id").isTrue();
  }

  @ParameterizedTest
  @MethodSource("kafka")
  void topics_and_user_belong_to_one_kafka_cluster(Rendered kafka) {
    Set<String> clusters =
        kafka.resources().stream()
            .map(r -> r.getMetadata().getLabels().get("strimzi.io/cluster"))
            .collect(Collectors.toSet());

    assertThat(clusters).hasSize(1).doesNotContainNull();
  }
}
