package dev.switchboard.benchmarks.floor;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Where the floor's bare group commit writes (the harness's PostgreSQL and broker) and the secret
 * its webhook path carries, as the API's does.
 */
@ConfigMapping(prefix = "floor")
public interface FloorSettings {

  /** The JDBC URL of the database; the sandbox's user and password. */
  @WithDefault("jdbc:postgresql://127.0.0.1:5432/switchboard")
  String jdbcUrl();

  /** The Kafka broker the rows' events go to. */
  @WithDefault("127.0.0.1:9092")
  String bootstrapServers();

  /** The webhook path's secret: a request with another one is not found. */
  @WithDefault("sandbox-webhook-secret")
  String webhookSecret();
}
