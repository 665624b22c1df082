package dev.switchboard.domain.numbers;

import dev.switchboard.domain.shared.ProblemType;
import dev.switchboard.domain.shared.ValidationException;

/** Rules for the friendly name of a number. */
public final class NumberAlias {

  public static final int MAX_LENGTH = 64;

  private NumberAlias() {}

  public static String requireValid(String alias) {
    if (alias != null && (alias.length() > MAX_LENGTH || alias.chars().anyMatch(c -> c < 32))) {
      throw new ValidationException(
          ProblemType.INVALID_ALIAS,
          "an alias has at most " + MAX_LENGTH + " printable characters");
    }
    return alias;
  }
}
