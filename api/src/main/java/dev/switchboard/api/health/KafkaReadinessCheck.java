package dev.switchboard.api.health;

import dev.switchboard.events.KafkaSecurityConfig;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the Kafka cluster answers. Inbound webhooks still commit while Kafka is down
 * (the outbox keeps their events), so this is readiness, never liveness.
 */
@Readiness
@ApplicationScoped
public class KafkaReadinessCheck implements HealthCheck {

  private final AdminClient admin;

  KafkaReadinessCheck(
      @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
      KafkaSecurityConfig security) {
    Map<String, Object> config = new HashMap<>(security.clientProperties());
    config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000);
    config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
    this.admin = AdminClient.create(config);
  }

  @Override
  public HealthCheckResponse call() {
    try {
      int nodes =
          admin
              .describeCluster(new DescribeClusterOptions().timeoutMs(2000))
              .nodes()
              .get(3, TimeUnit.SECONDS)
              .size();
      return HealthCheckResponse.named("kafka").up().withData("nodes", nodes).build();
    } catch (Exception e) {
      return HealthCheckResponse.named("kafka")
          .down()
          .withData("error", e.getClass().getSimpleName())
          .build();
    }
  }

  @PreDestroy
  void close() {
    admin.close();
  }
}
