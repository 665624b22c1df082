package dev.switchboard.domain.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.shared.E164Number;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OwnedNumberTest {

  static OwnedNumber number(boolean messaging, MessagingSource source) {
    return new OwnedNumber(
        new E164Number("+12065550100"),
        NumberType.LOCAL,
        "desk",
        false,
        messaging,
        source,
        "seattle",
        "wa",
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Map.of(CallbackKind.SMS, "https://example.com/sms"));
  }

  @Test
  void an_answer_without_messaging_is_no_change_and_keeps_what_we_set() {
    OwnedNumber ours = number(true, MessagingSource.REQUESTED);
    OwnedNumber flowroute = number(false, MessagingSource.UNKNOWN).withCallbacks(Map.of());

    assertThat(ours.differsFromProvider(flowroute)).isFalse();
    OwnedNumber kept = flowroute.keepingLocalStateOf(ours);
    assertThat(kept.messagingEnabled()).isTrue();
    assertThat(kept.messagingSource()).isEqualTo(MessagingSource.REQUESTED);
    assertThat(kept.callbacks()).isEqualTo(ours.callbacks());
  }

  @Test
  void an_answer_that_shows_messaging_otherwise_is_a_change_and_wins() {
    OwnedNumber ours = number(true, MessagingSource.REQUESTED);
    OwnedNumber flowroute = number(false, MessagingSource.REPORTED);

    assertThat(ours.differsFromProvider(flowroute)).isTrue();
    assertThat(flowroute.keepingLocalStateOf(ours).messagingEnabled()).isFalse();
    assertThat(flowroute.keepingLocalStateOf(ours).messagingSource())
        .isEqualTo(MessagingSource.REPORTED);
  }

  @Test
  void how_the_setting_was_learned_alone_is_no_change() {
    assertThat(
            number(true, MessagingSource.REQUESTED)
                .differsFromProvider(number(true, MessagingSource.REPORTED)))
        .isFalse();
  }

  @Test
  void a_number_without_a_source_is_unknown() {
    assertThat(number(false, null).messagingSource()).isEqualTo(MessagingSource.UNKNOWN);
  }
}
