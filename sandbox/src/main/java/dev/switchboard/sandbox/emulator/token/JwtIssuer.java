package dev.switchboard.sandbox.emulator.token;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.sandbox.emulator.http.Json;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Issues the sandbox's RS256 bearer tokens for the API with a key pair made at start (tokens die
 * with the emulator), and publishes its JWKS.
 */
public final class JwtIssuer {

  /** The scopes of {@link #issue()} and of {@code /sandbox/token} without {@code scope}. */
  public static final Set<String> DEFAULT_SCOPES =
      Set.of("messages:send", "messages:read", "numbers:read", "numbers:write");

  /** Tokens are valid 24 hours. */
  public static final long LIFETIME_SECONDS = 86_400;

  /** The {@code aud} of every token: the application's default {@code mp.jwt.verify.audiences}. */
  public static final String AUDIENCE = "switchboard";

  /** The {@code sub} of the sandbox's own tokens. */
  public static final String SUBJECT = "sandbox-user";

  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

  private final KeyPair keys;
  private final String kid;
  private final String issuer;

  /** A new key pair; tokens carry {@code issuer} as {@code iss}. */
  public JwtIssuer(String issuer) {
    this.issuer = issuer;
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      keys = generator.generateKeyPair();
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(publicKey().getModulus().toByteArray());
      kid = "sandbox-" + HexFormat.of().formatHex(digest, 0, 8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("RSA is not available", e);
    }
  }

  public RSAPublicKey publicKey() {
    return (RSAPublicKey) keys.getPublic();
  }

  /** A signed token for {@code sandbox-user} with {@link #DEFAULT_SCOPES}, valid for 24 hours. */
  public String issue() {
    return issue(DEFAULT_SCOPES);
  }

  /** A signed token for {@code sandbox-user} with the given scopes, valid for 24 hours. */
  public String issue(Set<String> scopes) {
    return issue(SUBJECT, scopes);
  }

  /** A signed token for {@code subject} (another caller) with the given scopes, valid 24 hours. */
  public String issue(String subject, Set<String> scopes) {
    long now = Instant.now().getEpochSecond();
    ObjectNode claims = Json.object();
    claims.put("iss", issuer);
    claims.put("aud", AUDIENCE);
    claims.put("sub", subject);
    claims.put("upn", subject);
    claims.put("scope", String.join(" ", new TreeSet<>(scopes)));
    // groups lets MicroProfile JWT map scopes to roles for @RolesAllowed.
    new TreeSet<>(scopes).forEach(claims.putArray("groups")::add);
    claims.put("iat", now);
    claims.put("exp", now + LIFETIME_SECONDS);
    claims.put("jti", UUID.randomUUID().toString());
    return sign(claims);
  }

  /**
   * Signs exactly these claims with the sandbox's key (no {@code iss}, {@code aud} or {@code exp}
   * added), so that tests can make tokens the API must refuse: expired, another issuer or audience.
   */
  public String sign(Map<String, Object> claims) {
    return sign(Json.MAPPER.<ObjectNode>valueToTree(claims));
  }

  private String sign(ObjectNode claims) {
    ObjectNode header = Json.object().put("alg", "RS256").put("typ", "JWT").put("kid", kid);
    String signingInput =
        B64.encodeToString(Json.bytes(header)) + "." + B64.encodeToString(Json.bytes(claims));
    try {
      Signature signer = Signature.getInstance("SHA256withRSA");
      signer.initSign(keys.getPrivate());
      signer.update(signingInput.getBytes(StandardCharsets.US_ASCII));
      return signingInput + "." + B64.encodeToString(signer.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("could not sign a token", e);
    }
  }

  /** The JWKS document, as served at {@code /sandbox/jwks}. */
  public String jwks() {
    return Json.text(jwksDocument());
  }

  /** {@code {"keys":[{"kty":"RSA",...}]}} with the public key. */
  private ObjectNode jwksDocument() {
    ObjectNode jwks = Json.object();
    jwks.putArray("keys")
        .addObject()
        .put("kty", "RSA")
        .put("kid", kid)
        .put("use", "sig")
        .put("alg", "RS256")
        .put("n", unsigned(publicKey().getModulus()))
        .put("e", unsigned(publicKey().getPublicExponent()));
    return jwks;
  }

  private static String unsigned(BigInteger value) {
    byte[] bytes = value.toByteArray();
    if (bytes.length > 1 && bytes[0] == 0) {
      bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
    }
    return B64.encodeToString(bytes);
  }
}
