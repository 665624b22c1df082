package dev.switchboard.persistence.cnam;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Row of the {@code cnam_records} table: one caller name registered at Flowroute. */
@Entity
@Table(name = "cnam_records")
public class CnamRecordEntity extends PanacheEntityBase {

  /** Flowroute's id, digits only. */
  @Id
  @Column(length = 18)
  public String id;

  /** The caller name itself (the column is {@code value}, a word queries would trip on). */
  @Column(name = "value", nullable = false, length = 15)
  public String callerName;

  /** {@code PENDING}, {@code APPROVED} or {@code REJECTED}. */
  @Column(nullable = false, length = 16)
  public String status;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "approved_at")
  public Instant approvedAt;

  @Column(name = "rejection_reason", columnDefinition = "text")
  public String rejectionReason;

  /** Set by the database on every write; the domain does not carry it. */
  @Column(name = "updated_at", nullable = false, insertable = false, updatable = false)
  public Instant updatedAt;
}
