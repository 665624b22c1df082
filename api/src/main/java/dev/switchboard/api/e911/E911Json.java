package dev.switchboard.api.e911;

import dev.switchboard.domain.e911.AddressType;
import dev.switchboard.domain.e911.Country;
import dev.switchboard.domain.e911.E911Address;
import dev.switchboard.domain.e911.PostalAddress;
import dev.switchboard.domain.shared.ProblemType;
import dev.switchboard.domain.shared.ValidationException;
import java.util.Optional;

/** An E911 address as the API reads and writes it ({@code id} only on the way out). */
public record E911Json(
    String id,
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

  public static E911Json of(E911Address a) {
    PostalAddress p = a.address();
    return new E911Json(
        a.id(),
        p.label(),
        p.firstName(),
        p.lastName(),
        p.streetNumber(),
        p.streetName(),
        p.addressType().map(AddressType::label).orElse(null),
        p.addressTypeNumber().orElse(null),
        p.city(),
        p.state(),
        p.country().name(),
        p.zip());
  }

  /** The address asked for, checked by the domain's rules. */
  public PostalAddress toAddress() {
    if (country == null) {
      throw new ValidationException(ProblemType.INVALID_COUNTRY, "country must be US or CA");
    }
    return new PostalAddress(
        label,
        firstName,
        lastName,
        streetNumber,
        streetName,
        Optional.ofNullable(addressType).filter(t -> !t.isBlank()).map(AddressType::parse),
        Optional.ofNullable(addressTypeNumber),
        city,
        state,
        Country.parse(country),
        zip);
  }
}
