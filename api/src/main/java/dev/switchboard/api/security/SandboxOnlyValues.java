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
      Optional<String> audiences,
      ConsoleOidc console) {

    /** The settings without a console sign-in configured (a process that serves no console). */
    public Settings(
        String webhookSecret,
        String flowrouteAccessKey,
        String flowrouteSecretKey,
        Optional<String> jwksLocation,
        Optional<String> issuer,
        Optional<String> audiences) {
      this(
          webhookSecret,
          flowrouteAccessKey,
          flowrouteSecretKey,
          jwksLocation,
          issuer,
          audiences,
          ConsoleOidc.NONE);
    }

    public Settings {
      console = console == null ? ConsoleOidc.NONE : console;
    }
  }

  /** The console's OpenID Connect client: its provider, client id and client secret. */
  public record ConsoleOidc(
      Optional<String> authServerUrl, Optional<String> clientId, Optional<String> secret) {
    static final ConsoleOidc NONE =
        new ConsoleOidc(Optional.empty(), Optional.empty(), Optional.empty());
  }

  static final String SANDBOX_WEBHOOK_SECRET = "sandbox-webhook-secret";
  static final String SANDBOX_ACCESS_KEY = "1111111";
  static final String SANDBOX_SECRET_KEY = "sandbox-secret-key";
  static final String SANDBOX_ISSUER = "switchboard-sandbox";
  static final String SANDBOX_JWKS_PATH = "/sandbox/jwks";
  static final String SANDBOX_OIDC_PATH = "/sandbox/oidc";
  static final String SANDBOX_CONSOLE_SECRET = "sandbox-console-secret";

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
    ConsoleOidc console = settings.console();
    if (console.authServerUrl().map(u -> endsWithPath(u, SANDBOX_OIDC_PATH)).orElse(false)) {
      refusals.add(
          wellKnown(
              "quarkus.oidc.auth-server-url",
              "your identity provider's OpenID Connect URL (the emulator's signs anyone in)"));
    }
    // The client id alone is not refused: it is no secret, and a company's provider may well
    // register the console under the same name (deploy's ConfigMap does).
    if (console.secret().map(SANDBOX_CONSOLE_SECRET::equals).orElse(false)) {
      refusals.add(
          wellKnown(
              "quarkus.oidc.credentials.secret",
              "the console's client secret at your identity provider"));
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
    return endsWithPath(location, SANDBOX_JWKS_PATH);
  }

  /** Whether a URL's path is {@code path} (or ends with it), whatever its host, port or query. */
  private static boolean endsWithPath(String url, String path) {
    String stripped = url.strip();
    int query = stripped.indexOf('?');
    if (query >= 0) {
      stripped = stripped.substring(0, query);
    }
    return stripped.endsWith(path) || stripped.endsWith(path + "/");
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
