package dev.switchboard.domain.e911;

import dev.switchboard.domain.shared.ProblemType;
import dev.switchboard.domain.shared.ValidationException;
import java.util.Optional;

/**
 * An emergency (E911) address by Flowroute's rules: who is there, the street address, an optional
 * secondary unit (type and number together), and a US or Canadian region and postal code.
 */
public record PostalAddress(
    String label,
    String firstName,
    String lastName,
    String streetNumber,
    String streetName,
    Optional<AddressType> addressType,
    Optional<String> addressTypeNumber,
    String city,
    String state,
    Country country,
    String zip) {

  static final int MAX_FIELD = 64;

  public PostalAddress {
    label = required("label", label);
    firstName = required("firstName", firstName);
    lastName = required("lastName", lastName);
    streetNumber = required("streetNumber", streetNumber);
    streetName = required("streetName", streetName);
    city = required("city", city);
    addressType = addressType == null ? Optional.empty() : addressType;
    addressTypeNumber =
        addressTypeNumber == null
            ? Optional.empty()
            : addressTypeNumber.map(String::strip).filter(s -> !s.isEmpty());
    if (addressType.isPresent() != addressTypeNumber.isPresent()) {
      throw new ValidationException(
          ProblemType.INVALID_ADDRESS,
          "addressType and addressTypeNumber go together (for example Suite and 100)");
    }
    addressTypeNumber.ifPresent(n -> required("addressTypeNumber", n));
    if (country == null) {
      throw new ValidationException(ProblemType.INVALID_COUNTRY, "country must be US or CA");
    }
    state = country.requireRegion(state);
    zip = country.requirePostalCode(zip);
  }

  private static String required(String name, String value) {
    if (value == null || value.isBlank()) {
      throw new ValidationException(ProblemType.INVALID_ADDRESS, name + " is required");
    }
    String v = value.strip();
    if (v.length() > MAX_FIELD || v.chars().anyMatch(c -> c < 32)) {
      throw new ValidationException(
          ProblemType.INVALID_ADDRESS,
          name + " has at most " + MAX_FIELD + " printable characters");
    }
    return v;
  }
}
