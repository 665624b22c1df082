package dev.switchboard.deploy.support;

import java.util.Optional;

/**
 * A configuration key the application reads.
 *
 * @param key the key, e.g. {@code switchboard.flowroute.base-url}
 * @param defaultValue its value when nothing overrides it
 * @param required whether the application fails to start without a value
 * @param secret whether it holds a credential (typed {@code Secret}, or named like one: see {@link
 *     #credentialName})
 */
public record Setting(String key, Optional<String> defaultValue, boolean required, boolean secret) {

  /** The environment variable that sets the key (SmallRye Config's rule). */
  public String envName() {
    return envName(key);
  }

  /** Upper case, every character other than a letter or a digit as an underscore. */
  public static String envName(String key) {
    return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(java.util.Locale.ROOT);
  }

  /**
   * Whether a key's name says it holds a credential: a password, or a JAAS line (which carries the
   * user's password, e.g. {@code kafka.sasl.jaas.config}).
   */
  public static boolean credentialName(String key) {
    String lower = key.toLowerCase(java.util.Locale.ROOT);
    return lower.contains("password")
        || lower.endsWith("jaas-config")
        || lower.endsWith("jaas.config");
  }

  /** Two sources of one key: the application.properties value wins over a mapping's default. */
  Setting overriddenBy(Setting other) {
    return new Setting(
        key,
        other.defaultValue.isPresent() ? other.defaultValue : defaultValue,
        required && other.defaultValue.isEmpty(),
        secret || other.secret);
  }
}
