package dev.switchboard.api.health;

import io.quarkus.kafka.client.runtime.KafkaAdminClient;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.health.api.HealthGroup;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * Whether the Kafka cluster answers, at {@code /q/health/group/kafka}, asked through Quarkus's own
 * Kafka admin client (the standard {@code kafka.*} settings, authentication included). Neither
 * readiness nor liveness, which is why Quarkus's readiness check ({@code quarkus.kafka.health})
 * stays off: while Kafka is down sends and webhooks still commit (the outbox keeps their events),
 * so the pods stay in service; operators watch this group, the relay's metrics and the outbox
 * alerts.
 */
@HealthGroup(KafkaHealthCheck.GROUP)
@ApplicationScoped
public class KafkaHealthCheck implements HealthCheck {

  /** The health group that reports Kafka: {@code /q/health/group/kafka}. */
  public static final String GROUP = "kafka";

  private final KafkaAdminClient admin;

  KafkaHealthCheck(KafkaAdminClient admin) {
    this.admin = admin;
  }

  /**
   * Connects to the cluster on a thread of its own as soon as the application starts, so that the
   * first probe does not pay for loading the Kafka client and opening its connection; every probe
   * still asks the cluster.
   */
  void connectEarly(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) {
    Thread connect = new Thread(this::call, "switchboard-kafka-health");
    connect.setDaemon(true);
    connect.start();
  }

  @Override
  public HealthCheckResponse call() {
    try {
      // A probe answers within seconds even while the client still retries a dead cluster.
      int nodes = admin.getCluster().nodes().get(3, TimeUnit.SECONDS).size();
      return HealthCheckResponse.named("kafka").up().withData("nodes", nodes).build();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return down(e);
    } catch (Exception e) {
      return down(e);
    }
  }

  private static HealthCheckResponse down(Exception e) {
    return HealthCheckResponse.named("kafka")
        .down()
        .withData("error", e.getClass().getSimpleName())
        .build();
  }
}
