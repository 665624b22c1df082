package dev.switchboard.api.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The settings that must not keep the sandbox's well-known values outside the sandbox, and the
 * refusal for each: it names the setting and its environment variable, never the value.
 */
public final class SandboxOnlyValues {

  /** The values a running configuration has for the checked settings. */
  public record Settings(
      String webhookSecret,
      String flowrouteAccessKey,
      String flowrouteSecretKey,
      Optional<String> jwksLocation,
      Optional<String> issuer,
      Optional<String> audiences) {}

  static final String SANDBOX_WEBHOOK_SECRET = "sandbox-webhook-secret";
  static final String SANDBOX_ACCESS_KEY = "1111111";
  static final String SANDBOX_SECRET_KEY = "sandbox-secret-key";
  static final String SANDBOX_ISSUER = "switchboard-sandbox";
  static final String SANDBOX_JWKS_PATH = "/sandbox/jwks";

  private SandboxOnlyValues() {}

  /** What is wrong with {@code settings} outside the sandbox; empty when nothing is. */
  public static List<String> refusals(Settings settings) {
    List<String> refusals = new ArrayList<>();
    if (SANDBOX_WEBHOOK_SECRET.equals(settings.webhookSecret())) {
      refusals.add(wellKnown("switchboard.webhooks.secret", "a long random secret of your own"));
    }
    if (SANDBOX_ACCESS_KEY.equals(settings.flowrouteAccessKey())) {
      refusals.add(wellKnown("switchboard.flowroute.access-key", "your Flowroute API access key"));
    }
    if (SANDBOX_SECRET_KEY.equals(settings.flowrouteSecretKey())) {
      refusals.add(wellKnown("switchboard.flowroute.secret-key", "your Flowroute API secret key"));
    }
    if (settings.jwksLocation().map(SandboxOnlyValues::isSandboxJwks).orElse(false)) {
      refusals.add(
          wellKnown(
              "mp.jwt.verify.publickey.location", "your identity provider's JWKS URL or key"));
    }
    if (settings.issuer().map(SANDBOX_ISSUER::equals).orElse(false)) {
      refusals.add(wellKnown("mp.jwt.verify.issuer", "your identity provider's issuer"));
    }
    if (settings.audiences().map(String::isBlank).orElse(true)) {
      refusals.add(
          "mp.jwt.verify.audiences ("
              + env("mp.jwt.verify.audiences")
              + ") is not set: set the audience your identity provider puts in this API's tokens");
    }
    return refusals;
  }

  private static boolean isSandboxJwks(String location) {
    String path = location.strip();
    int query = path.indexOf('?');
    if (query >= 0) {
      path = path.substring(0, query);
    }
    return path.endsWith(SANDBOX_JWKS_PATH) || path.endsWith(SANDBOX_JWKS_PATH + "/");
  }

  private static String wellKnown(String key, String instead) {
    return key
        + " ("
        + env(key)
        + ") has the sandbox's well-known value, which anyone can read: set "
        + instead;
  }

  /** The environment variable of a key, as SmallRye Config derives it. */
  static String env(String key) {
    return key.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_');
  }
}
