package dev.switchboard.events;

import io.smallrye.config.ConfigMapping;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How Switchboard authenticates to Kafka (for example SCRAM over TLS to a Strimzi listener). Unset
 * means a plaintext listener without authentication, as in the sandbox.
 */
@ConfigMapping(prefix = "switchboard.kafka")
public interface KafkaSecurityConfig {

  /** {@code PLAINTEXT}, {@code SSL}, {@code SASL_PLAINTEXT} or {@code SASL_SSL}. */
  Optional<String> securityProtocol();

  /** For example {@code SCRAM-SHA-512}. */
  Optional<String> saslMechanism();

  /** The JAAS line with the user's credentials; a secret. */
  Optional<String> saslJaasConfig();

  Optional<String> sslTruststoreLocation();

  /** A secret. */
  Optional<String> sslTruststorePassword();

  /** {@code PKCS12} or {@code JKS}. */
  Optional<String> sslTruststoreType();

  /** The settings as Kafka client properties, to add to every producer and admin client. */
  default Map<String, String> clientProperties() {
    Map<String, String> p = new HashMap<>();
    securityProtocol().ifPresent(v -> p.put("security.protocol", v));
    saslMechanism().ifPresent(v -> p.put("sasl.mechanism", v));
    saslJaasConfig().ifPresent(v -> p.put("sasl.jaas.config", v));
    sslTruststoreLocation().ifPresent(v -> p.put("ssl.truststore.location", v));
    sslTruststorePassword().ifPresent(v -> p.put("ssl.truststore.password", v));
    sslTruststoreType().ifPresent(v -> p.put("ssl.truststore.type", v));
    return p;
  }
}
