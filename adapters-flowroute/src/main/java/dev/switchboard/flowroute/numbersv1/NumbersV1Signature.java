package dev.switchboard.flowroute.numbersv1;

import dev.switchboard.flowroute.http.Secret;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Flowroute's Numbers v1 request signature (reference §9.1, after Flowroute's v1 SDKs'
 * CustomAuthUtility): HMAC-SHA1 with the secret key over {@code timestamp \n METHOD \n md5(body) \n
 * scheme://host[:port]path \n sorted query}, sent as the HTTP Basic password with the timestamp in
 * {@code X-Timestamp}. Where the sources disagree (§13 U7–U9) it takes the documented form: the
 * timestamp with {@code Z}, the body hashed for every write even when empty, the query as sent
 * (percent-encoded), sorted by name.
 */
public final class NumbersV1Signature {

  /** The header that carries the signed timestamp. */
  public static final String TIMESTAMP_HEADER = "X-Timestamp";

  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
  private static final Set<String> BODILESS = Set.of("GET", "HEAD", "DELETE", "OPTIONS");

  private NumbersV1Signature() {}

  /** Current UTC time to the second, ISO-8601 with {@code Z} ({@code 2015-09-05T21:29:22Z}). */
  public static String timestamp(Instant now) {
    return TIMESTAMP.format(now);
  }

  /**
   * Lower-case hex MD5 of the body; empty for a read. A write without a body hashes the empty
   * string, as the docs say (the SDKs would send "", §13 U9; ours always have bodies).
   */
  public static String bodyHash(String method, byte[] body) {
    if (BODILESS.contains(method.toUpperCase(Locale.ROOT)) && (body == null || body.length == 0)) {
      return "";
    }
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("MD5").digest(body == null ? new byte[0] : body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("MD5 is missing from this JVM", e);
    }
  }

  /**
   * {@code scheme://host[:port]path \n query}: the path and query as sent (percent-encoded), the
   * query's {@code k=v} pairs sorted by name, empty when there are none.
   */
  public static String canonicalUri(URI uri) {
    String authority = uri.getRawAuthority();
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    return uri.getScheme() + "://" + authority + path + "\n" + sortedQuery(uri.getRawQuery());
  }

  /** The query's pairs sorted by name (then value), joined with {@code &}. */
  public static String sortedQuery(String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return "";
    }
    String[] pairs = rawQuery.split("&");
    Arrays.sort(pairs, NumbersV1Signature::byName);
    return String.join("&", pairs);
  }

  /** The string signed: timestamp, method, body hash and canonical URI, one per line. */
  public static String message(String timestamp, String method, String bodyHash, String cru) {
    return timestamp + "\n" + method.toUpperCase(Locale.ROOT) + "\n" + bodyHash + "\n" + cru;
  }

  /** Lower-case hex HMAC-SHA1 of the message with the secret key. */
  public static String sign(Secret secretKey, String message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(secretKey.reveal().getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
      return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA1 is missing from this JVM", e);
    }
  }

  private static int byName(String a, String b) {
    int byName = name(a).compareTo(name(b));
    return byName != 0 ? byName : a.compareTo(b);
  }

  private static String name(String pair) {
    int eq = pair.indexOf('=');
    return eq < 0 ? pair : pair.substring(0, eq);
  }
}
