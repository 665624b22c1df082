package dev.switchboard.persistence.e911;

import dev.switchboard.domain.e911.AddressType;
import dev.switchboard.domain.e911.Country;
import dev.switchboard.domain.e911.E911Address;
import dev.switchboard.domain.e911.PostalAddress;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Maps E911 addresses between the domain record and the {@code e911_addresses} row. Rows are read
 * back through {@link PostalAddress}, so a row that breaks its rules is refused, not served.
 */
@ApplicationScoped
public class E911Mapper {

  public E911Address toDomain(E911AddressEntity row) {
    return new E911Address(
        row.id,
        new PostalAddress(
            row.label,
            row.firstName,
            row.lastName,
            row.streetNumber,
            row.streetName,
            Optional.ofNullable(row.addressType).map(AddressType::valueOf),
            Optional.ofNullable(row.addressTypeNumber),
            row.city,
            row.state,
            Country.valueOf(row.country),
            row.zip));
  }

  /** Copies every field of {@code address} onto {@code row} (a new or a managed entity). */
  public E911AddressEntity copy(E911Address address, E911AddressEntity row) {
    PostalAddress a = address.address();
    row.id = address.id();
    row.label = a.label();
    row.firstName = a.firstName();
    row.lastName = a.lastName();
    row.streetNumber = a.streetNumber();
    row.streetName = a.streetName();
    row.addressType = a.addressType().map(AddressType::name).orElse(null);
    row.addressTypeNumber = a.addressTypeNumber().orElse(null);
    row.city = a.city();
    row.state = a.state();
    row.country = a.country().name();
    row.zip = a.zip();
    return row;
  }
}
