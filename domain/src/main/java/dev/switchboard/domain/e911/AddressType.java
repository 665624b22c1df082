package dev.switchboard.domain.e911;

import dev.switchboard.domain.shared.ProblemType;
import dev.switchboard.domain.shared.ValidationException;
import java.util.Locale;

/**
 * The secondary unit of an address (suite, floor, ...) with Flowroute's short code. {@code Hanger}
 * is not in Flowroute's documented list but is in its SDK's code table, so it is kept.
 */
public enum AddressType {
  APARTMENT("Apartment", "A"),
  BASEMENT("Basement", "BM"),
  BUILDING("Building", "B"),
  DEPARTMENT("Department", "D"),
  FLOOR("Floor", "F"),
  FRONT("Front", "FR"),
  HANGER("Hanger", "H"),
  KEY("Key", "K"),
  LOBBY("Lobby", "L"),
  LOT("Lot", "LT"),
  LOWER("Lower", "LO"),
  OFFICE("Office", "O"),
  PENTHOUSE("Penthouse", "P"),
  PIER("Pier", "PI"),
  REAR("Rear", "RE"),
  ROOM("Room", "R"),
  SIDE("Side", "S"),
  SLIP("Slip", "SL"),
  SPACE("Space", "SC"),
  STOP("Stop", "SP"),
  SUITE("Suite", "SU"),
  TRAILER("Trailer", "T"),
  UNIT("Unit", "U"),
  UPPER("Upper", "UP");

  private final String label;
  private final String code;

  AddressType(String label, String code) {
    this.label = label;
    this.code = code;
  }

  /** The name Flowroute documents, e.g. {@code Suite}; this is what we send. */
  public String label() {
    return label;
  }

  /** The short code, e.g. {@code SU}. */
  public String code() {
    return code;
  }

  /** Reads a name or a short code, in any case. */
  public static AddressType parse(String raw) {
    if (raw != null) {
      String value = raw.strip();
      for (AddressType type : values()) {
        if (type.label.equalsIgnoreCase(value) || type.code.equalsIgnoreCase(value)) {
          return type;
        }
      }
    }
    throw new ValidationException(
        ProblemType.INVALID_ADDRESS_TYPE,
        "'" + raw + "' is not an address type (Apartment, Floor, Suite, Unit, ... or A, F, SU, U)");
  }

  @Override
  public String toString() {
    return label.toLowerCase(Locale.ROOT);
  }
}
