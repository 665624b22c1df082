package dev.switchboard.persistence.messaging;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Row of the {@code delivery_receipts} table. */
@Entity
@Table(name = "delivery_receipts")
public class DeliveryReceiptEntity extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "flowroute_id", nullable = false)
  public String flowrouteId;

  /** Our message, once known; a plain id, since receipts are never navigated from here. */
  @Column(name = "message_id")
  public UUID messageId;

  @Column(nullable = false)
  public int level;

  @Column(nullable = false)
  public String status;

  @Column(name = "status_code")
  public Integer statusCode;

  @Column(columnDefinition = "text")
  public String description;

  /** When Flowroute says the receipt's state was reached. */
  @Column(name = "reported_at", nullable = false)
  public Instant reportedAt;

  /** When we stored it; filled by the database, which knows the transaction's time. */
  @Column(name = "received_at", nullable = false, insertable = false, updatable = false)
  public Instant receivedAt;
}
