package dev.switchboard.domain.numbers;

import dev.switchboard.domain.shared.ProblemType;
import dev.switchboard.domain.shared.ValidationException;
import java.util.Optional;

/** A change of a number's settings; absent fields are left as they are. */
public record NumberUpdate(
    Optional<String> alias,
    Optional<Boolean> cnamLookupsEnabled,
    Optional<Boolean> messagingEnabled) {

  public NumberUpdate {
    alias = alias == null ? Optional.empty() : alias;
    cnamLookupsEnabled = cnamLookupsEnabled == null ? Optional.empty() : cnamLookupsEnabled;
    messagingEnabled = messagingEnabled == null ? Optional.empty() : messagingEnabled;
    alias.ifPresent(NumberAlias::requireValid);
    if (alias.isEmpty() && cnamLookupsEnabled.isEmpty() && messagingEnabled.isEmpty()) {
      throw new ValidationException(
          ProblemType.EMPTY_UPDATE,
          "give at least one of alias, cnamLookupsEnabled, messagingEnabled");
    }
  }
}
