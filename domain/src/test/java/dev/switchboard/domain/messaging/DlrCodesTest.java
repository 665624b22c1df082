package dev.switchboard.domain.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DlrCodesTest {

  private static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");

  /** Golden values: Flowroute's DLR status code table (flowroute-api.md §7.6, source [SUP-DLR]). */
  @Test
  void codes_mean_what_flowroutes_table_says() {
    assertThat(DlrCodes.meaning(1003)).contains("Message accepted by Carrier");
    assertThat(DlrCodes.meaning(1004)).contains("Message delivered to handset");
    assertThat(DlrCodes.meaning(1110)).contains("User Opted Out (STOP)");
    assertThat(DlrCodes.meaning(1116)).contains("Destination Address is not text enabled");
    assertThat(DlrCodes.meaning(1222)).isPresent();
  }

  @Test
  void a_code_the_table_lacks_falls_back_to_the_receipts_own_words() {
    assertThat(DlrCodes.meaning(1999)).isEmpty();
    assertThat(DlrCodes.meaning((Integer) null)).isEmpty();
    assertThat(DlrCodes.meaning(new DeliveryReceipt("mdr2-x", 2, "odd", 1999, "Odd thing", AT)))
        .isEqualTo("Odd thing");
    // A level-1 receipt: no code, "Message has been sent" (§7.4).
    assertThat(
            DlrCodes.meaning(
                new DeliveryReceipt("mdr2-x", 1, "smsc submit", null, "Message has been sent", AT)))
        .isEqualTo("Message has been sent");
    assertThat(DlrCodes.meaning(new DeliveryReceipt("mdr2-x", 2, "delivered", null, null, AT)))
        .isEqualTo("delivered");
  }
}
