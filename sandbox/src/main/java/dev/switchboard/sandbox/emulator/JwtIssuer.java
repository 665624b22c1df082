package dev.switchboard.sandbox.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** Issues RS256 bearer tokens for the API with a key pair made at start, and publishes its JWKS. */
final class JwtIssuer {

  static final long LIFETIME_SECONDS = 86_400;

  /** The {@code aud} of every token: the application's default {@code mp.jwt.verify.audiences}. */
  static final String AUDIENCE = "switchboard";

  /** The {@code sub} of the sandbox's own tokens. */
  static final String SUBJECT = "sandbox-user";

  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

  private final KeyPair keys;
  private final String kid;
  private final String issuer;

  JwtIssuer(String issuer) {
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

  RSAPublicKey publicKey() {
    return (RSAPublicKey) keys.getPublic();
  }

  /** A signed token for {@code sandbox-user} with the given scopes, valid for 24 hours. */
  String issue(Set<String> scopes) {
    return issue(SUBJECT, scopes);
  }

  /** A signed token for {@code subject} with the given scopes, valid for 24 hours. */
  String issue(String subject, Set<String> scopes) {
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

  /** Signs any claims with the sandbox's key: tests use it to make tokens the API must refuse. */
  String sign(ObjectNode claims) {
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

  /** {@code {"keys":[{"kty":"RSA",...}]}} with the public key. */
  ObjectNode jwks() {
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
