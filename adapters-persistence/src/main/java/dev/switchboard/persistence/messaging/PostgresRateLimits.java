package dev.switchboard.persistence.messaging;

import dev.switchboard.domain.messaging.port.out.RateLimiter;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/** Makes the account-wide {@link PostgresRateLimiter}s over the application's datasource. */
@ApplicationScoped
public class PostgresRateLimits {

  private final AgroalDataSource dataSource;

  public PostgresRateLimits(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * The shared limiter of one kind of send.
   *
   * @param kind {@code sms} or {@code mms}
   * @param accountPerSecond the account's rate for that kind, all replicas together
   * @param lease how long a permit stays taken when its holder dies before giving it back
   */
  public RateLimiter forKind(String kind, double accountPerSecond, Duration lease) {
    return new PostgresRateLimiter(dataSource, kind, accountPerSecond, lease);
  }
}
