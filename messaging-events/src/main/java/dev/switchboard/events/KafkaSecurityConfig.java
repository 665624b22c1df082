package dev.switchboard.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;
import java.util.Optional;

/**
 * How Switchboard authenticates to Kafka (for example SCRAM over TLS to a Strimzi listener), in the
 * standard {@code kafka.*} keys (env {@code KAFKA_SECURITY_PROTOCOL}, ...). Unset means a plaintext
 * listener without authentication, as in the sandbox. This mapping declares the keys the deployment
 * sets; the relay's producer and the Kafka health check read them, with every other {@code kafka.*}
 * key, through Quarkus's {@code default-kafka-broker} settings.
 */
@ConfigMapping(prefix = "kafka")
public interface KafkaSecurityConfig {

  /** {@code PLAINTEXT}, {@code SSL}, {@code SASL_PLAINTEXT} or {@code SASL_SSL}. */
  @WithName("security.protocol")
  Optional<String> securityProtocol();

  /** For example {@code SCRAM-SHA-512}. */
  @WithName("sasl.mechanism")
  Optional<String> saslMechanism();

  /** The JAAS line with the user's credentials; a secret. */
  @WithName("sasl.jaas.config")
  Optional<String> saslJaasConfig();

  @WithName("ssl.truststore.location")
  Optional<String> sslTruststoreLocation();

  /** A secret. */
  @WithName("ssl.truststore.password")
  Optional<String> sslTruststorePassword();

  /** {@code PKCS12} or {@code JKS}. */
  @WithName("ssl.truststore.type")
  Optional<String> sslTruststoreType();
}
