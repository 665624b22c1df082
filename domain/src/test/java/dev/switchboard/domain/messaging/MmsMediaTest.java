package dev.switchboard.domain.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** Flowroute's MMS content types and size (reference §1.8 and §6.2, [DOC send-an-mms]). */
class MmsMediaTest {

  @Test
  void accepts_the_content_types_flowroute_lists_whatever_their_parameters() {
    assertThat(MmsMedia.accepts("image/jpeg")).isTrue();
    assertThat(MmsMedia.accepts("IMAGE/PNG; charset=binary")).isTrue();
    assertThat(MmsMedia.accepts("video/3gpp")).isTrue();
    assertThat(MmsMedia.accepts("audio/mpeg")).isTrue();
    assertThat(MmsMedia.accepts("text/plain; charset=utf-8")).isTrue();
  }

  @Test
  void refuses_other_content_types_and_none() {
    assertThat(MmsMedia.accepts("text/html")).isFalse();
    assertThat(MmsMedia.accepts("application/pdf")).isFalse();
    assertThat(MmsMedia.accepts("image/svg+xml")).isFalse();
    assertThat(MmsMedia.accepts(null)).isFalse();
  }

  @Test
  void the_limit_is_the_byte_count_flowroutes_error_names_and_the_text_counts_in_utf8() {
    assertThat(MmsMedia.MAX_PAYLOAD_BYTES).isEqualTo(767_840);
    assertThat(MmsMedia.textBytes("é✓")).isEqualTo(5);
    assertThat(MmsMedia.textBytes(null)).isZero();
  }

  @Test
  void each_refusal_names_the_url() {
    URI url = URI.create("https://media.example/a.pdf");
    assertThat(MmsMedia.notAccepted(url, "application/pdf").getMessage()).contains(url.toString());
    assertThat(MmsMedia.tooLarge(url).code()).isEqualTo("media-too-large");
    assertThat(MmsMedia.unreachable(url, "404").code()).isEqualTo("media-unreachable");
    assertThat(MmsMedia.forbidden(url, "loopback").code()).isEqualTo("media-url-forbidden");
  }
}
