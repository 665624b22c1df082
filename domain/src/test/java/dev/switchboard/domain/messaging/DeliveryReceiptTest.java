package dev.switchboard.domain.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeliveryReceiptTest {

  private static DeliveryReceipt dlr(String status, Integer code) {
    return new DeliveryReceipt("mdr2-x", 2, status, code, null, Instant.EPOCH);
  }

  @Test
  void maps_flowroutes_dlr_codes_to_message_states() {
    assertThat(dlr("", 1001).outcome()).isEqualTo(MessageStatus.SENT);
    assertThat(dlr("", 1003).outcome()).isEqualTo(MessageStatus.SENT);
    assertThat(dlr("", 1004).outcome()).isEqualTo(MessageStatus.DELIVERED);
    assertThat(dlr("", 1005).outcome()).isEqualTo(MessageStatus.REJECTED);
    assertThat(dlr("", 1006).outcome()).isEqualTo(MessageStatus.EXPIRED);
    assertThat(dlr("", 1007).outcome()).isEqualTo(MessageStatus.FAILED);
    assertThat(dlr("", 1110).outcome()).isEqualTo(MessageStatus.FAILED);
    assertThat(dlr("", 1222).outcome()).isEqualTo(MessageStatus.FAILED);
  }

  @Test
  void falls_back_to_the_status_text_when_the_code_is_missing() {
    assertThat(dlr("smsc submit", null).outcome()).isEqualTo(MessageStatus.SENT);
    assertThat(dlr("Delivered", null).outcome()).isEqualTo(MessageStatus.DELIVERED);
    assertThat(dlr("undelivered", null).outcome()).isEqualTo(MessageStatus.FAILED);
    assertThat(dlr("expired", null).outcome()).isEqualTo(MessageStatus.EXPIRED);
  }

  @Test
  void code_1110_means_the_recipient_opted_out() {
    assertThat(dlr("failed", 1110).recipientOptedOut()).isTrue();
    assertThat(dlr("failed", 1007).recipientOptedOut()).isFalse();
  }
}
