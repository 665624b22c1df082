package dev.switchboard.domain.numbers;

import dev.switchboard.domain.shared.ProblemType;
import dev.switchboard.domain.shared.ValidationException;

/** An area code and exchange (NPA-NXX) in which Flowroute has numbers for sale. */
public record Exchange(String npaNxx) {
  public Exchange {
    if (npaNxx == null || !npaNxx.matches("[2-9]\\d{2}[2-9]\\d{2}")) {
      throw new ValidationException(
          ProblemType.INVALID_EXCHANGE, "'" + npaNxx + "' is not an NPA-NXX");
    }
  }

  public String areaCode() {
    return npaNxx.substring(0, 3);
  }
}
