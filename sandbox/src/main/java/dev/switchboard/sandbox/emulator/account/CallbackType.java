package dev.switchboard.sandbox.emulator.account;

import java.util.Locale;
import java.util.Optional;

/** The four messaging webhook kinds an account or a number can point somewhere. */
public enum CallbackType {
  SMS_CALLBACK,
  MMS_CALLBACK,
  SMS_DLR_CALLBACK,
  MMS_DLR_CALLBACK;

  /** The name in Flowroute paths, e.g. {@code sms_dlr_callback}. */
  public String pathName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Reads a path segment; {@code dlr_callback} is Flowroute's older name for {@code
   * sms_dlr_callback}.
   */
  public static Optional<CallbackType> fromPath(String segment) {
    if ("dlr_callback".equals(segment)) {
      return Optional.of(SMS_DLR_CALLBACK);
    }
    for (CallbackType type : values()) {
      if (type.pathName().equals(segment)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
