package dev.switchboard.api.health;

import dev.switchboard.events.KafkaSecurityConfig;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.health.api.HealthGroup;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * Whether the Kafka cluster answers, at {@code /q/health/group/kafka}. Neither readiness nor
 * liveness: while Kafka is down sends and webhooks still commit (the outbox keeps their events), so
 * the pods stay in service; operators watch this group, the relay's metrics and the outbox alerts.
 */
@HealthGroup(KafkaHealthCheck.GROUP)
@ApplicationScoped
public class KafkaHealthCheck implements HealthCheck {

  /** The health group that reports Kafka: {@code /q/health/group/kafka}. */
  public static final String GROUP = "kafka";

  private final Map<String, Object> config;
  private AdminClient admin;

  KafkaHealthCheck(
      @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
      KafkaSecurityConfig security) {
    config = new HashMap<>(security.clientProperties());
    config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000);
    config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
  }

  /**
   * Creates the client and connects to the cluster on a thread of its own as soon as the
   * application starts, so that the first readiness probe does not pay for loading the Kafka client
   * and opening its connection; every probe still asks the cluster.
   */
  void connectEarly(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) {
    Thread connect = new Thread(this::call, "switchboard-kafka-health");
    connect.setDaemon(true);
    connect.start();
  }

  private synchronized AdminClient admin() {
    if (admin == null) {
      admin = AdminClient.create(config);
    }
    return admin;
  }

  @Override
  public HealthCheckResponse call() {
    try {
      int nodes =
          admin()
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
  synchronized void close() {
    if (admin != null) {
      admin.close();
    }
  }
}
