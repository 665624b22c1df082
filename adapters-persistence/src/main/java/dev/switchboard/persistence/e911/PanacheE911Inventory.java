package dev.switchboard.persistence.e911;

import dev.switchboard.domain.e911.E911Address;
import dev.switchboard.domain.e911.E911Filter;
import dev.switchboard.domain.e911.port.out.E911Inventory;
import dev.switchboard.persistence.common.PanacheRegistryInventory;
import dev.switchboard.persistence.common.RegistryListing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;
import org.hibernate.Session;

/**
 * The inventory of the account's E911 addresses in PostgreSQL. Label, street name and city filter
 * as case-insensitive "contains"; the state is exact, whatever its case.
 */
@ApplicationScoped
@ActivateRequestContext
public class PanacheE911Inventory
    extends PanacheRegistryInventory<E911Address, E911AddressEntity, E911Filter>
    implements E911Inventory {

  /** An upsert, so that a command and a reconciliation recording the same address both succeed. */
  private static final String UPSERT =
      """
      INSERT INTO e911_addresses (id, label, first_name, last_name, street_number, street_name,
          address_type, address_type_number, city, state, country, zip, updated_at)
      VALUES (:id, :label, :firstName, :lastName, :streetNumber, :streetName, :addressType,
          :addressTypeNumber, :city, :state, :country, :zip, now())
      ON CONFLICT (id) DO UPDATE SET
          label = EXCLUDED.label,
          first_name = EXCLUDED.first_name,
          last_name = EXCLUDED.last_name,
          street_number = EXCLUDED.street_number,
          street_name = EXCLUDED.street_name,
          address_type = EXCLUDED.address_type,
          address_type_number = EXCLUDED.address_type_number,
          city = EXCLUDED.city,
          state = EXCLUDED.state,
          country = EXCLUDED.country,
          zip = EXCLUDED.zip,
          updated_at = EXCLUDED.updated_at
      """;

  private final E911Mapper mapper;

  public PanacheE911Inventory(EntityManager em, E911Mapper mapper) {
    super(em, E911AddressEntity.class);
    this.mapper = mapper;
  }

  @Override
  public void save(E911Address address) {
    E911AddressEntity row = mapper.copy(address, new E911AddressEntity());
    em.unwrap(Session.class)
        .createNativeMutationQuery(UPSERT)
        .setParameter("id", row.id, String.class)
        .setParameter("label", row.label, String.class)
        .setParameter("firstName", row.firstName, String.class)
        .setParameter("lastName", row.lastName, String.class)
        .setParameter("streetNumber", row.streetNumber, String.class)
        .setParameter("streetName", row.streetName, String.class)
        .setParameter("addressType", row.addressType, String.class)
        .setParameter("addressTypeNumber", row.addressTypeNumber, String.class)
        .setParameter("city", row.city, String.class)
        .setParameter("state", row.state, String.class)
        .setParameter("country", row.country, String.class)
        .setParameter("zip", row.zip, String.class)
        .executeUpdate();
  }

  @Override
  protected E911Address toDomainRecord(E911AddressEntity row) {
    return mapper.toDomain(row);
  }

  @Override
  protected List<E911AddressEntity> listed(E911Filter filter) {
    return new RegistryListing<>(E911AddressEntity.class)
        .containing("label", filter.label())
        .containing("streetName", filter.streetName())
        .containing("city", filter.city())
        // Stored states are upper-cased by the domain, so the plain index on state serves this.
        .equal("state", filter.state().map(state -> state.strip().toUpperCase(Locale.ROOT)))
        .run(em, filter.after(), filter.limit());
  }

  @Override
  protected int limit(E911Filter filter) {
    return filter.limit();
  }
}
