package dev.switchboard.deploy.support;

/**
 * Where a container's environment variable gets its value.
 *
 * @param literal the value, when it is written in a manifest (env or ConfigMap), else null
 * @param secretName the Secret holding it, else null
 * @param secretKey the key in that Secret, else null
 * @param origin where it was set, for messages
 */
public record EnvValue(String literal, String secretName, String secretKey, String origin) {

  public boolean fromSecret() {
    return secretName != null;
  }
}
