package dev.switchboard.api.health;

import io.quarkus.agroal.runtime.health.DataSourceHealthCheck;
import io.smallrye.health.api.HealthGroup;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The readiness probe's check, at {@code /q/health/group/serving}: Quarkus's own datasource check,
 * asked again for this group. {@code /q/health/ready} also holds Quarkus's Kafka check, but a Kafka
 * outage must not take the pods out of service (sends and webhooks still commit, the outbox keeps
 * their events), and Quarkus offers no setting that puts its checks into a group; so this group
 * delegates to the one check that serving depends on.
 */
@HealthGroup(ServingHealthCheck.GROUP)
@ApplicationScoped
public class ServingHealthCheck implements HealthCheck {

  /** The health group the Kubernetes readiness probe asks: {@code /q/health/group/serving}. */
  public static final String GROUP = "serving";

  private final DataSourceHealthCheck database;

  ServingHealthCheck(@Readiness DataSourceHealthCheck database) {
    this.database = database;
  }

  @Override
  public HealthCheckResponse call() {
    return database.call();
  }
}
