package dev.switchboard.domain.e911;

import dev.switchboard.domain.shared.ProblemType;
import dev.switchboard.domain.shared.ValidationException;
import java.util.Objects;

/** An E911 address registered at Flowroute, by Flowroute's id. */
public record E911Address(String id, PostalAddress address) {
  public E911Address {
    if (id == null || !id.matches("\\d{1,18}")) {
      throw new ValidationException(
          ProblemType.INVALID_E911_ID, "'" + id + "' is not an E911 address id");
    }
    Objects.requireNonNull(address, "address");
  }
}
