package dev.switchboard.persistence.cnam;

import dev.switchboard.domain.cnam.CnamFilter;
import dev.switchboard.domain.cnam.CnamRecord;
import dev.switchboard.domain.cnam.port.out.CnamInventory;
import dev.switchboard.domain.shared.Page;
import dev.switchboard.persistence.common.NumericIdKeyset;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;

/**
 * The inventory of the account's caller names in PostgreSQL, with their review state. Reads work
 * outside a transaction too; writes join the caller's transaction (a {@code UnitOfWork}) and fail
 * without one. Rows are mapped and detached at once, so the native upsert never leaves a stale copy
 * in the session.
 */
@ApplicationScoped
@ActivateRequestContext
public class PanacheCnamInventory implements CnamInventory {

  /** An upsert, so that a command and a reconciliation recording the same name both succeed. */
  private static final String UPSERT =
      """
      INSERT INTO cnam_records (id, value, status, created_at, approved_at, rejection_reason,
          updated_at)
      VALUES (:id, :value, :status, :createdAt, :approvedAt, :rejectionReason, now())
      ON CONFLICT (id) DO UPDATE SET
          value = EXCLUDED.value,
          status = EXCLUDED.status,
          created_at = EXCLUDED.created_at,
          approved_at = EXCLUDED.approved_at,
          rejection_reason = EXCLUDED.rejection_reason,
          updated_at = EXCLUDED.updated_at
      """;

  private static final String ALL = "from CnamRecordEntity c" + NumericIdKeyset.orderBy("c");

  private final EntityManager em;
  private final CnamMapper mapper;

  public PanacheCnamInventory(EntityManager em, CnamMapper mapper) {
    this.em = em;
    this.mapper = mapper;
  }

  @Override
  public void save(CnamRecord record) {
    CnamRecordEntity row = mapper.copy(record, new CnamRecordEntity());
    em.unwrap(Session.class)
        .createNativeMutationQuery(UPSERT)
        .setParameter("id", row.id, String.class)
        .setParameter("value", row.callerName, String.class)
        .setParameter("status", row.status, String.class)
        .setParameter("createdAt", row.createdAt, Instant.class)
        .setParameter("approvedAt", row.approvedAt, Instant.class)
        .setParameter("rejectionReason", row.rejectionReason, String.class)
        .executeUpdate();
  }

  @Override
  public void remove(String id) {
    CnamRecordEntity.delete("id", id);
  }

  @Override
  public Optional<CnamRecord> find(String id) {
    // A query, not a lookup by id: the upsert bypasses the persistence context.
    return CnamRecordEntity.<CnamRecordEntity>find("id", id)
        .firstResultOptional()
        .map(this::toDomain);
  }

  /** {@inheritDoc} Numeric id order ("9" before "10"), after the cursor id. */
  @Override
  public Page<CnamRecord> list(CnamFilter filter) {
    List<CnamRecordEntity> rows = CnamListing.of(filter).run(em);
    boolean hasMore = rows.size() > filter.limit();
    // Every row is mapped, the look-ahead one too, so that none stays attached to the session.
    List<CnamRecord> mapped = rows.stream().map(this::toDomain).toList();
    return new Page<>(mapped.subList(0, Math.min(mapped.size(), filter.limit())), hasMore);
  }

  /** {@inheritDoc} Numeric id order. */
  @Override
  public List<CnamRecord> all() {
    return em.createQuery(ALL, CnamRecordEntity.class).getResultList().stream()
        .map(this::toDomain)
        .toList();
  }

  private CnamRecord toDomain(CnamRecordEntity row) {
    em.detach(row);
    return mapper.toDomain(row);
  }
}
