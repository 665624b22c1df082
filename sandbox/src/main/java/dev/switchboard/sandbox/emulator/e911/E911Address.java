package dev.switchboard.sandbox.emulator.e911;

import java.util.Locale;
import java.util.Objects;

/**
 * A validated emergency address as Flowroute keeps it: every value a string, {@code addressType}
 * the full name (e.g. {@code Suite}) and {@code addressTypeNumber} both null or both set.
 */
public record E911Address(
    String label,
    String firstName,
    String lastName,
    String streetNumber,
    String streetName,
    String addressType,
    String addressTypeNumber,
    String city,
    String state,
    String country,
    String zip) {

  public E911Address {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(firstName, "firstName");
    Objects.requireNonNull(lastName, "lastName");
    Objects.requireNonNull(streetNumber, "streetNumber");
    Objects.requireNonNull(streetName, "streetName");
    Objects.requireNonNull(city, "city");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(zip, "zip");
    if ((addressType == null) != (addressTypeNumber == null)) {
      throw new IllegalArgumentException("addressType and addressTypeNumber go together");
    }
  }

  /**
   * What makes two addresses the same place for Flowroute's duplicate check: street number and
   * name, city, state, ZIP and unit, case-insensitively.
   */
  String place() {
    return String.join(
            "|",
            streetNumber,
            streetName.replaceAll("\\s+", " "),
            city.replaceAll("\\s+", " "),
            state,
            zip,
            String.valueOf(addressType),
            String.valueOf(addressTypeNumber))
        .toLowerCase(Locale.ROOT);
  }
}
