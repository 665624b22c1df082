package dev.switchboard.flowroute.numbersv1;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.flowroute.http.Secret;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Golden tests of the Numbers v1 signature against the examples of the reference, §9.1: the docs'
 * message string ([DOCS authentication-security]) and the two test vectors computed there with the
 * algorithm of Flowroute's v1 SDKs ([V1-PY] CustomAuthUtility.py, [V1-NODE] flrouteUtils.js; secret
 * {@code my-secret-key}, timestamp {@code 2015-09-05T21:29:22Z}).
 */
class NumbersV1SignatureTest {

  private static final Secret SECRET = Secret.of("my-secret-key");
  private static final String TS = "2015-09-05T21:29:22Z";

  @Test
  void builds_the_docs_message_string_with_its_trailing_newline_when_there_is_no_query() {
    String message =
        NumbersV1Signature.message(
            TS,
            "PUT",
            "ea63c300c845f3e76d8f5827aa0a1f89",
            NumbersV1Signature.canonicalUri(
                URI.create("https://api.flowroute.com/v1/example/14045551212")));

    assertThat(message)
        .isEqualTo(
            "2015-09-05T21:29:22Z\nPUT\nea63c300c845f3e76d8f5827aa0a1f89\n"
                + "https://api.flowroute.com/v1/example/14045551212\n");
  }

  @Test
  void signs_a_search_with_its_query_sorted_and_no_body_hash() {
    String cru =
        NumbersV1Signature.canonicalUri(
            URI.create("https://api.flowroute.com/v1/available-tns/tns/?npa=206&limit=10"));
    String message =
        NumbersV1Signature.message(TS, "GET", NumbersV1Signature.bodyHash("GET", null), cru);

    assertThat(message)
        .isEqualTo(
            "2015-09-05T21:29:22Z\nGET\n\nhttps://api.flowroute.com/v1/available-tns/tns/\n"
                + "limit=10&npa=206");
    assertThat(NumbersV1Signature.sign(SECRET, message))
        .isEqualTo("e86b673a1ef29696d727015901d95c9e7189caf6");
  }

  @Test
  void signs_a_purchase_with_the_md5_of_its_body() {
    byte[] body = "{\"billing_method\": \"METERED\"}".getBytes(StandardCharsets.UTF_8);
    String md5 = NumbersV1Signature.bodyHash("PUT", body);
    String message =
        NumbersV1Signature.message(
            TS,
            "PUT",
            md5,
            NumbersV1Signature.canonicalUri(
                URI.create("https://api.flowroute.com/v1/tns/12065551234")));

    assertThat(md5).isEqualTo("81ed21a77bc93d069a394558d2ebe21e");
    assertThat(NumbersV1Signature.sign(SECRET, message))
        .isEqualTo("53ab7d93cb8ee414518624fc69b9b97502b5a1a2");
  }

  @Test
  void hashes_the_empty_body_of_a_write_as_the_docs_say() {
    assertThat(NumbersV1Signature.bodyHash("PATCH", new byte[0]))
        .isEqualTo("d41d8cd98f00b204e9800998ecf8427e");
    assertThat(NumbersV1Signature.bodyHash("GET", new byte[0])).isEmpty();
  }

  @Test
  void writes_the_timestamp_to_the_second_with_z() {
    assertThat(NumbersV1Signature.timestamp(Instant.parse("2015-09-05T21:29:22.987Z")))
        .isEqualTo(TS);
  }
}
