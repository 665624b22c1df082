package dev.switchboard.domain.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.shared.ValidationException;
import org.junit.jupiter.api.Test;

class MessageBodyTest {

  @Test
  void counts_segments_as_flowroute_documents_them() {
    assertThat(MessageBody.segments("a".repeat(160))).isEqualTo(1);
    assertThat(MessageBody.segments("a".repeat(161))).isEqualTo(2);
    assertThat(MessageBody.segments("a".repeat(281))).isEqualTo(3);
    assertThat(MessageBody.segments("é".repeat(70))).isEqualTo(1);
    assertThat(MessageBody.segments("é".repeat(71))).isEqualTo(2);
  }

  @Test
  void any_non_ascii_character_switches_to_ucs2() {
    assertThat(MessageBody.encoding("plain")).isEqualTo(0);
    assertThat(MessageBody.encoding("café")).isEqualTo(8);
  }

  @Test
  void refuses_empty_and_overlong_bodies() {
    assertThatThrownBy(() -> MessageBody.requireValidSms(" "))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> MessageBody.requireValidSms("a".repeat(1601)))
        .isInstanceOf(ValidationException.class);
    assertThat(MessageBody.requireValidSms("a".repeat(1600))).hasSize(1600);
  }
}
