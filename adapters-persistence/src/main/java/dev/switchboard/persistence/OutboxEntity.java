package dev.switchboard.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Row of the {@code outbox} table: an event waiting for the relay, or already published. */
@Entity
@Table(name = "outbox")
public class OutboxEntity extends PanacheEntityBase {

  /** The order of writing, from a sequence; the relay publishes in this order. */
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long position;

  @Column(name = "event_id", nullable = false, unique = true)
  public UUID eventId;

  @Column(nullable = false)
  public String type;

  @Column(nullable = false, length = 32)
  public String stream;

  @Column(name = "event_key", nullable = false)
  public String key;

  public String subject;

  @Column(name = "occurred_at", nullable = false)
  public Instant occurredAt;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false, columnDefinition = "jsonb")
  public String data;

  @Column(name = "published_at")
  public Instant publishedAt;
}
