package dev.switchboard.domain.numbers;

import dev.switchboard.domain.shared.ProblemType;
import dev.switchboard.domain.shared.ValidationException;

/** A North American area code (NPA) in which Flowroute has numbers for sale. */
public record AreaCode(String npa) {
  public AreaCode {
    if (npa == null || !npa.matches("[2-9]\\d{2}")) {
      throw new ValidationException(
          ProblemType.INVALID_AREA_CODE, "'" + npa + "' is not an area code");
    }
  }
}
