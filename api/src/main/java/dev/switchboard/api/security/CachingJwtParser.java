package dev.switchboard.api.security;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The bearer-token parser the JWT authentication uses: SmallRye's own, behind a short cache of
 * tokens it already verified ({@link VerifiedTokens}).
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class CachingJwtParser implements JWTParser {

  private final DefaultJWTParser delegate;
  private final VerifiedTokens verified;

  public CachingJwtParser(DefaultJWTParser delegate, TokenCacheConfig config) {
    this.delegate = delegate;
    this.verified = new VerifiedTokens(config.ttl(), config.maxEntries(), Clock.systemUTC());
  }

  @Override
  public JsonWebToken parse(String token) throws ParseException {
    return verified.verified(token, delegate::parse);
  }

  /**
   * The token if this parser verified it a moment ago and it is still fresh; null otherwise. Does
   * no verification and no I/O, so it may be called on the event loop.
   */
  public JsonWebToken alreadyVerified(String token) {
    return verified.fresh(token);
  }

  @Override
  public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
    return delegate.parse(token, context);
  }

  @Override
  public JsonWebToken verify(String token, PublicKey key) throws ParseException {
    return delegate.verify(token, key);
  }

  @Override
  public JsonWebToken verify(String token, SecretKey key) throws ParseException {
    return delegate.verify(token, key);
  }

  @Override
  public JsonWebToken verify(String token, String secret) throws ParseException {
    return delegate.verify(token, secret);
  }

  @Override
  public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
    return delegate.decrypt(token, key);
  }

  @Override
  public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
    return delegate.decrypt(token, key);
  }

  @Override
  public JsonWebToken decrypt(String token, String secret) throws ParseException {
    return delegate.decrypt(token, secret);
  }

  @Override
  public JsonWebToken parseOnly(String token) throws ParseException {
    return delegate.parseOnly(token);
  }
}
