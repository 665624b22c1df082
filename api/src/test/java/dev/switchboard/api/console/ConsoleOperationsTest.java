package dev.switchboard.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.messaging.DispatcherState;
import dev.switchboard.domain.messaging.MessageKind;
import dev.switchboard.domain.messaging.RateUsage;
import dev.switchboard.domain.messaging.SendingPause;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How the operations page words the dispatcher's state (no Quarkus: a plain mapping). */
class ConsoleOperationsTest {

  private static final Map<MessageKind, Long> QUEUED = Map.of(MessageKind.SMS, 7L);

  @Test
  void a_refused_account_is_shown_paused_with_the_carriers_code_and_what_to_check() {
    ConsoleOperations.Dispatcher shown =
        ConsoleOperations.dispatcher(
            state(
                Optional.of(SendingPause.Reason.CREDENTIALS),
                "http-401: Unauthorized",
                Duration.ZERO));

    assertThat(shown.sending()).isFalse();
    assertThat(shown.state()).isEqualTo("Paused");
    assertThat(shown.reasons())
        .singleElement()
        .asString()
        .contains("refuses our credentials")
        .contains("http-401: Unauthorized");
  }

  @Test
  void a_429_hold_is_named_with_its_kind_and_the_time_left() {
    ConsoleOperations.Dispatcher shown =
        ConsoleOperations.dispatcher(state(Optional.empty(), null, Duration.ofMillis(2500)));

    assertThat(shown.sending()).isTrue();
    assertThat(shown.state()).isEqualTo("Sending, held back by Flowroute's rate limit");
    assertThat(shown.reasons()).singleElement().asString().contains("429").contains("SMS");
    assertThat(shown.kinds())
        .first()
        .satisfies(
            sms -> {
              assertThat(sms.queued()).isEqualTo(7);
              assertThat(sms.perSecond()).isEqualTo("3.5");
              assertThat(sms.limit()).isEqualTo("5.0");
              assertThat(sms.held()).isEqualTo("held 2.5 s");
            });
  }

  @Test
  void an_accepted_account_without_holds_is_simply_sending() {
    ConsoleOperations.Dispatcher shown =
        ConsoleOperations.dispatcher(state(Optional.empty(), null, Duration.ZERO));

    assertThat(shown.state()).isEqualTo("Sending");
    assertThat(shown.reasons()).isEmpty();
    assertThat(shown.outboxLag()).isEqualTo("1.5 s");
  }

  private static DispatcherState state(
      Optional<SendingPause.Reason> paused, String detail, Duration smsHeld) {
    return new DispatcherState(
        paused,
        detail,
        Map.of(
            MessageKind.SMS, new RateUsage(3.5, 5, smsHeld),
            MessageKind.MMS, new RateUsage(0, 1, Duration.ZERO)),
        QUEUED,
        2,
        Optional.empty(),
        Duration.ofMillis(1500));
  }
}
