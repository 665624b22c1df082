package dev.switchboard.api.support;

import dev.switchboard.sandbox.emulator.EmulatorConfig;
import dev.switchboard.sandbox.emulator.FlowrouteEmulator;
import dev.switchboard.sandbox.emulator.token.JwtIssuer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Bearer tokens from the emulator's token endpoint, as the sandbox gives them to users, and tokens
 * the API must refuse, signed with the same key where a signature matters.
 */
public final class Tokens {

  private Tokens() {}

  public static String all(FlowrouteEmulator emulator) {
    return emulator.tokens().issue();
  }

  public static String only(FlowrouteEmulator emulator, String... scopes) {
    return emulator.tokens().issue(Set.of(scopes));
  }

  /** Every scope, for another caller (subject). */
  public static String of(FlowrouteEmulator emulator, String subject) {
    return emulator.tokens().issue(subject, JwtIssuer.DEFAULT_SCOPES);
  }

  /** Claims as the sandbox's tokens carry them, with every scope; change some to make a bad one. */
  public static Map<String, Object> claims() {
    long now = Instant.now().getEpochSecond();
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("iss", EmulatorConfig.DEFAULT_ISSUER);
    claims.put("aud", JwtIssuer.AUDIENCE);
    claims.put("sub", "sandbox-user");
    claims.put("upn", "sandbox-user");
    Set<String> scopes = new TreeSet<>(JwtIssuer.DEFAULT_SCOPES);
    claims.put("scope", String.join(" ", scopes));
    claims.put("groups", List.copyOf(scopes));
    claims.put("iat", now);
    claims.put("exp", now + 3600);
    return claims;
  }

  /** The claims signed with the sandbox's key. */
  public static String signed(FlowrouteEmulator emulator, Map<String, Object> claims) {
    return emulator.tokens().sign(claims);
  }

  /** An unsigned token ({@code alg: none}) with the sandbox's claims. */
  public static String unsigned() {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    String header = "{\"alg\":\"none\",\"typ\":\"JWT\"}";
    StringBuilder payload = new StringBuilder("{");
    claims()
        .forEach(
            (name, value) -> {
              if (payload.length() > 1) {
                payload.append(',');
              }
              payload.append('"').append(name).append("\":");
              if (value instanceof Number) {
                payload.append(value);
              } else if (value instanceof List<?> list) {
                payload.append('[');
                for (int i = 0; i < list.size(); i++) {
                  payload.append(i == 0 ? "" : ",").append('"').append(list.get(i)).append('"');
                }
                payload.append(']');
              } else {
                payload.append('"').append(value).append('"');
              }
            });
    payload.append('}');
    return b64.encodeToString(header.getBytes(StandardCharsets.UTF_8))
        + "."
        + b64.encodeToString(payload.toString().getBytes(StandardCharsets.UTF_8))
        + ".";
  }
}
