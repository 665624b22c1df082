package dev.switchboard.domain.numbers;

import dev.switchboard.domain.shared.E164Number;
import java.util.Map;
import java.util.Optional;

/** Test data: numbers of ours as the inventory keeps them. */
public final class OwnedNumbers {

  private OwnedNumbers() {}

  /** A local Seattle number with no route, address or caller name of its own. */
  public static OwnedNumber local(E164Number number) {
    return new OwnedNumber(
        number,
        NumberType.LOCAL,
        "desk",
        false,
        false,
        MessagingSource.UNKNOWN,
        "SEATTLE",
        "WA",
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Map.of());
  }

  /**
   * A number with nothing set but its type and messaging: no alias, place, routes, registries or
   * callbacks.
   */
  public static OwnedNumber bare(
      E164Number number, NumberType type, boolean messaging, MessagingSource source) {
    return new OwnedNumber(
        number,
        type,
        null,
        false,
        messaging,
        source,
        null,
        null,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Map.of());
  }

  public static OwnedNumber local(String number) {
    return local(new E164Number(number));
  }
}
