package dev.switchboard.persistence.cnam;

import dev.switchboard.domain.cnam.CnamFilter;
import dev.switchboard.domain.cnam.CnamRecord;
import dev.switchboard.domain.cnam.CnamStatus;
import dev.switchboard.domain.cnam.port.out.CnamInventory;
import dev.switchboard.persistence.common.PanacheRegistryInventory;
import dev.switchboard.persistence.common.RegistryListing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.hibernate.Session;

/**
 * The inventory of the account's caller names in PostgreSQL, with their review state. The status
 * filter is exact, the value filter a case-insensitive "contains".
 */
@ApplicationScoped
@ActivateRequestContext
public class PanacheCnamInventory
    extends PanacheRegistryInventory<CnamRecord, CnamRecordEntity, CnamFilter>
    implements CnamInventory {

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

  private final CnamMapper mapper;

  public PanacheCnamInventory(EntityManager em, CnamMapper mapper) {
    super(em, CnamRecordEntity.class);
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
  protected CnamRecord toDomainRecord(CnamRecordEntity row) {
    return mapper.toDomain(row);
  }

  @Override
  protected List<CnamRecordEntity> listed(CnamFilter filter) {
    return new RegistryListing<>(CnamRecordEntity.class)
        .equal("status", filter.status().map(CnamStatus::name))
        .containing("callerName", filter.valueContains())
        .run(em, filter.after(), filter.limit());
  }

  @Override
  protected int limit(CnamFilter filter) {
    return filter.limit();
  }
}
