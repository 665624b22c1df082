package dev.switchboard.events;

import dev.switchboard.domain.numbers.CallbackKind;
import dev.switchboard.domain.numbers.MessagingSource;
import dev.switchboard.domain.numbers.NumberType;
import dev.switchboard.domain.numbers.OwnedNumber;
import dev.switchboard.domain.numbers.OwnedNumbers;
import dev.switchboard.domain.routes.RouteId;
import dev.switchboard.domain.shared.E164Number;
import java.util.Map;
import java.util.Optional;

/** Numbers for the event tests: bare, fully configured, and of the other kind. */
final class TestNumbers {

  static final E164Number LOCAL = E164Number.parse("+12065550100");
  static final E164Number TOLL_FREE = E164Number.parse("+18445550123");

  private TestNumbers() {}

  static OwnedNumber bare() {
    return OwnedNumbers.bare(LOCAL, NumberType.LOCAL, false, MessagingSource.REPORTED);
  }

  static OwnedNumber full() {
    return new OwnedNumber(
        TOLL_FREE,
        NumberType.TOLL_FREE,
        "Front desk \"main\"",
        true,
        true,
        MessagingSource.REPORTED,
        "seattle",
        "wa",
        Optional.of(RouteId.SIP_REG),
        Optional.of(new RouteId("98396")),
        Optional.of("20930"),
        Optional.of("17604"),
        Map.of(
            CallbackKind.SMS, "https://hooks.test/sms",
            CallbackKind.MMS, "https://hooks.test/mms",
            CallbackKind.SMS_DLR, "http://hooks.test:8080/dlr?kind=sms",
            CallbackKind.MMS_DLR, "https://hooks.test/dlr/mms"));
  }

  static OwnedNumber otherKindWithOnlySomeCallbacks() {
    return new OwnedNumber(
        LOCAL,
        NumberType.OTHER,
        "",
        false,
        true,
        MessagingSource.REPORTED,
        "millbrae",
        "ca",
        Optional.empty(),
        Optional.of(new RouteId("17")),
        Optional.empty(),
        Optional.of("17605"),
        Map.of(CallbackKind.SMS_DLR, "https://hooks.test/dlr"));
  }
}
