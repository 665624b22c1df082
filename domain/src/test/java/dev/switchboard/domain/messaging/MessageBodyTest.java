package dev.switchboard.domain.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.shared.ValidationException;
import org.junit.jupiter.api.Test;

class MessageBodyTest {

  @Test
  void an_sms_needs_a_body_within_its_encodings_limit() {
    assertThatThrownBy(() -> MessageBody.requireValidSms(" "))
        .isInstanceOf(ValidationException.class);
    assertThat(MessageBody.requireValidSms("a".repeat(1600))).hasSize(1600);
    assertThatThrownBy(() -> MessageBody.requireValidSms("a".repeat(1601)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("GSM-7")
        .hasMessageContaining("1600");
  }

  @Test
  void a_unicode_body_has_the_lower_ucs2_limit() {
    assertThat(MessageBody.requireValidSms("é✓".repeat(350))).hasSize(700);
    assertThatThrownBy(() -> MessageBody.requireValidSms("✓".repeat(701)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("UCS-2")
        .hasMessageContaining("700");
  }

  @Test
  void extension_characters_count_twice_towards_the_limit() {
    assertThatThrownBy(() -> MessageBody.requireValidSms("{".repeat(801)))
        .isInstanceOf(ValidationException.class);
    assertThat(MessageBody.requireValidSms("{".repeat(800))).hasSize(800);
  }

  @Test
  void an_mms_text_is_optional_but_held_to_the_same_limits() {
    assertThat(MessageBody.requireValidMms(" ")).isNull();
    assertThatThrownBy(() -> MessageBody.requireValidMms("✓".repeat(701)))
        .isInstanceOf(ValidationException.class);
  }
}
