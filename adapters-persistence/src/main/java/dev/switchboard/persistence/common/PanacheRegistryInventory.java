package dev.switchboard.persistence.common;

import dev.switchboard.domain.shared.Page;
import dev.switchboard.domain.shared.port.out.RegistryInventory;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/**
 * The inventory of one of Flowroute's registries (E911 addresses, caller names) in PostgreSQL, by
 * Flowroute's digit id. Reads work outside a transaction too; writes join the caller's transaction
 * (a {@code UnitOfWork}) and fail without one. Rows are mapped and detached at once, so the native
 * upsert of {@link #save} never leaves a stale copy in the session. A subclass is the bean: it
 * carries {@code @ActivateRequestContext}, which applies to these methods too.
 *
 * @param <R> the domain's record
 * @param <E> the row
 * @param <F> the filter of a listing
 */
public abstract class PanacheRegistryInventory<R, E, F> implements RegistryInventory<R, F> {

  protected final EntityManager em;
  private final Class<E> entity;

  protected PanacheRegistryInventory(EntityManager em, Class<E> entity) {
    this.em = em;
    this.entity = entity;
  }

  /** For the client proxy CDI makes of the subclass, a bean of normal scope. */
  protected PanacheRegistryInventory() {
    this(null, null);
  }

  /** The domain's record of a row, which the domain's rules check. */
  protected abstract R toDomainRecord(E row);

  /** The rows a listing selects: at most the filter's limit + 1, after its cursor. */
  protected abstract List<E> listed(F filter);

  /** The page size the filter asks for. */
  protected abstract int limit(F filter);

  @Override
  public void remove(String id) {
    em.createQuery("delete from " + entity.getSimpleName() + " r where r.id = :id")
        .setParameter("id", id)
        .executeUpdate();
  }

  @Override
  public Optional<R> find(String id) {
    // A query, not a lookup by id: the upsert bypasses the persistence context.
    return em.createQuery("from " + entity.getSimpleName() + " r where r.id = :id", entity)
        .setParameter("id", id)
        .getResultStream()
        .findFirst()
        .map(this::toDomain);
  }

  /** {@inheritDoc} Numeric id order ("9" before "10"), after the cursor id. */
  @Override
  public Page<R> list(F filter) {
    List<E> rows = listed(filter);
    int limit = limit(filter);
    boolean hasMore = rows.size() > limit;
    // Every row is mapped, the look-ahead one too, so that none stays attached to the session.
    List<R> mapped = rows.stream().map(this::toDomain).toList();
    return new Page<>(mapped.subList(0, Math.min(mapped.size(), limit)), hasMore);
  }

  /** {@inheritDoc} Numeric id order. */
  @Override
  public List<R> all() {
    return em
        .createQuery("from " + entity.getSimpleName() + " r" + NumericIdKeyset.orderBy("r"), entity)
        .getResultList()
        .stream()
        .map(this::toDomain)
        .toList();
  }

  private R toDomain(E row) {
    em.detach(row);
    return toDomainRecord(row);
  }
}
