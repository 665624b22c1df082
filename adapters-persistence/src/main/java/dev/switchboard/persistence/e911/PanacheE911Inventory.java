package dev.switchboard.persistence.e911;

import dev.switchboard.domain.e911.E911Address;
import dev.switchboard.domain.e911.E911Filter;
import dev.switchboard.domain.e911.port.out.E911Inventory;
import dev.switchboard.domain.shared.Page;
import dev.switchboard.persistence.common.NumericIdKeyset;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;

/**
 * The inventory of the account's E911 addresses in PostgreSQL. Reads work outside a transaction
 * too; writes join the caller's transaction (a {@code UnitOfWork}) and fail without one. Rows are
 * mapped and detached at once, so the native upsert never leaves a stale copy in the session.
 */
@ApplicationScoped
@ActivateRequestContext
public class PanacheE911Inventory implements E911Inventory {

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

  private static final String ALL = "from E911AddressEntity a" + NumericIdKeyset.orderBy("a");

  private final EntityManager em;
  private final E911Mapper mapper;

  public PanacheE911Inventory(EntityManager em, E911Mapper mapper) {
    this.em = em;
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
  public void remove(String id) {
    E911AddressEntity.delete("id", id);
  }

  @Override
  public Optional<E911Address> find(String id) {
    // A query, not a lookup by id: the upsert bypasses the persistence context.
    return E911AddressEntity.<E911AddressEntity>find("id", id)
        .firstResultOptional()
        .map(this::toDomain);
  }

  /** {@inheritDoc} Numeric id order ("9" before "10"), after the cursor id. */
  @Override
  public Page<E911Address> list(E911Filter filter) {
    List<E911AddressEntity> rows = E911Listing.of(filter).run(em);
    boolean hasMore = rows.size() > filter.limit();
    // Every row is mapped, the look-ahead one too, so that none stays attached to the session.
    List<E911Address> mapped = rows.stream().map(this::toDomain).toList();
    return new Page<>(mapped.subList(0, Math.min(mapped.size(), filter.limit())), hasMore);
  }

  /** {@inheritDoc} Numeric id order. */
  @Override
  public List<E911Address> all() {
    return em.createQuery(ALL, E911AddressEntity.class).getResultList().stream()
        .map(this::toDomain)
        .toList();
  }

  private E911Address toDomain(E911AddressEntity row) {
    em.detach(row);
    return mapper.toDomain(row);
  }
}
