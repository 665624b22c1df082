package dev.switchboard.api.numbers;

import dev.switchboard.domain.numbers.CallbackKind;
import dev.switchboard.domain.shared.ProblemType;
import dev.switchboard.domain.shared.ValidationException;
import java.util.Locale;

/**
 * The names of a number's messaging callbacks in our paths and the console's forms: sms, mms,
 * sms-dlr, mms-dlr.
 */
public final class CallbackPaths {

  private CallbackPaths() {}

  public static String pathOf(CallbackKind kind) {
    return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static CallbackKind parse(String raw) {
    for (CallbackKind kind : CallbackKind.values()) {
      if (pathOf(kind).equals(raw)) {
        return kind;
      }
    }
    throw new ValidationException(
        ProblemType.INVALID_CALLBACK_KIND, "callback must be one of sms, mms, sms-dlr, mms-dlr");
  }
}
