package dev.switchboard.sandbox.emulator.numbersv1;

import dev.switchboard.sandbox.emulator.http.Exchange;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks Numbers v1's request signature (reference §9.1): the HTTP Basic password must be the
 * HMAC-SHA1, keyed with the secret key, of {@code X-Timestamp \n METHOD \n md5(body) \n
 * scheme://Host path \n sorted query}. Where Flowroute's SDKs disagree it accepts each form: the
 * timestamp with or without {@code Z} (used verbatim), the body hash of a bodiless request as
 * {@code ""} or MD5 of nothing, the query percent-encoded as sent or decoded, {@code http} or
 * {@code https}. It checks no clock skew.
 */
public final class V1Signatures {

  private static final Pattern TIMESTAMP =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z?");

  private final byte[] accessKey;
  private final byte[] secretKey;

  public V1Signatures(String accessKey, String secretKey) {
    this.accessKey = accessKey.getBytes(StandardCharsets.UTF_8);
    this.secretKey = secretKey.getBytes(StandardCharsets.UTF_8);
  }

  /** Whether the request carries a valid signature by the account's keys. */
  public boolean valid(Exchange exchange) {
    String timestamp = exchange.header("X-Timestamp");
    String authorization = exchange.header("Authorization");
    if (timestamp == null
        || !TIMESTAMP.matcher(timestamp).matches()
        || authorization == null
        || !authorization.startsWith("Basic ")) {
      return false;
    }
    byte[] pair;
    try {
      pair = Base64.getDecoder().decode(authorization.substring(6).trim());
    } catch (IllegalArgumentException notBase64) {
      return false;
    }
    String credentials = new String(pair, StandardCharsets.UTF_8);
    int colon = credentials.indexOf(':');
    if (colon < 0) {
      return false;
    }
    boolean user =
        MessageDigest.isEqual(
            credentials.substring(0, colon).getBytes(StandardCharsets.UTF_8), accessKey);
    byte[] given = credentials.substring(colon + 1).getBytes(StandardCharsets.UTF_8);
    boolean signed = false;
    for (String message : messages(exchange, timestamp)) {
      signed |= MessageDigest.isEqual(given, sign(message).getBytes(StandardCharsets.UTF_8));
    }
    return user && signed;
  }

  private List<String> messages(Exchange exchange, String timestamp) {
    Set<String> hashes = new LinkedHashSet<>();
    byte[] body = exchange.body();
    if (body.length > 0) {
      hashes.add(md5(body));
    } else {
      hashes.add("");
      hashes.add(md5(body));
    }
    String raw = exchange.rawQuery();
    Set<String> queries = new LinkedHashSet<>();
    queries.add(sorted(raw));
    queries.add(sorted(raw == null ? null : URLDecoder.decode(raw, StandardCharsets.UTF_8)));
    String host = exchange.header("Host");
    String path = exchange.rawPath();
    List<String> messages = new ArrayList<>();
    for (String scheme : List.of("http", "https")) {
      for (String hash : hashes) {
        for (String query : queries) {
          messages.add(
              timestamp
                  + "\n"
                  + exchange.method()
                  + "\n"
                  + hash
                  + "\n"
                  + scheme
                  + "://"
                  + host
                  + path
                  + "\n"
                  + query);
        }
      }
    }
    return messages;
  }

  private static String sorted(String query) {
    if (query == null || query.isEmpty()) {
      return "";
    }
    String[] pairs = query.split("&");
    Arrays.sort(
        pairs, (a, b) -> name(a).equals(name(b)) ? a.compareTo(b) : name(a).compareTo(name(b)));
    return String.join("&", pairs);
  }

  private static String name(String pair) {
    int eq = pair.indexOf('=');
    return eq < 0 ? pair : pair.substring(0, eq);
  }

  private String sign(String message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(secretKey, "HmacSHA1"));
      return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String md5(byte[] body) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
