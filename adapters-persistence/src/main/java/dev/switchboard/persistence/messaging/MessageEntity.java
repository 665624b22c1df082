package dev.switchboard.persistence.messaging;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.ColumnResult;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityResult;
import jakarta.persistence.Id;
import jakarta.persistence.SqlResultSetMapping;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Row of the {@code messages} table. */
@Entity
@Table(name = "messages")
@SqlResultSetMapping(
    name = MessageEntity.CLAIMED,
    entities = @EntityResult(entityClass = MessageEntity.class),
    columns = @ColumnResult(name = "resumed", type = Boolean.class))
public class MessageEntity extends PanacheEntityBase {

  /** Result mapping of the dispatcher's claim: the row as updated, and whether it was SENDING. */
  public static final String CLAIMED = "MessageEntity.claimed";

  @Id public UUID id;

  @Column(nullable = false, length = 16)
  public String direction;

  @Column(name = "from_number", nullable = false, length = 16)
  public String fromNumber;

  @Column(name = "to_number", nullable = false, length = 16)
  public String toNumber;

  @Column(columnDefinition = "text")
  public String body;

  /** GSM_7 or UCS_2: how the body travels as SMS (null on rows older than V19). */
  @Column(columnDefinition = "text")
  public String encoding;

  /** SMS segments the body takes (null on rows older than V19). */
  @Column public Integer segments;

  /** The attachments as a JSON array, written and read by {@link MediaJson}. */
  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false, columnDefinition = "jsonb")
  public String media;

  @Column(nullable = false, length = 16)
  public String status;

  @Column(name = "flowroute_id")
  public String flowrouteId;

  /** The caller's key scoped to the caller ({@code IdempotencyKeys}); V16 made it text. */
  @Column(name = "idempotency_key", columnDefinition = "text")
  public String idempotencyKey;

  @Column(length = 128)
  public String fingerprint;

  @Column(nullable = false)
  public int attempts;

  @Column(name = "next_attempt_at")
  public Instant nextAttemptAt;

  @Column(name = "failure_code")
  public String failureCode;

  @Column(name = "failure_reason", columnDefinition = "text")
  public String failureReason;

  /** The token of the claim that holds the row, or null (V8). */
  @Column(name = "claim_token")
  public UUID claimToken;

  /** The time of a send whose outcome is not known yet, or null (V8). */
  @Column(name = "attempted_at")
  public Instant attemptedAt;

  /** Not sent before this time, or null (V21). */
  @Column(name = "send_at")
  public Instant sendAt;

  /** Never sent after this time, or null (V21). */
  @Column(name = "expires_at")
  public Instant expiresAt;

  /** Sent on our account by someone else, recorded by the message reconciliation. */
  @Column(name = "is_foreign", nullable = false)
  public boolean foreign;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  /** Sent on our own, answering a keyword. */
  @Column(name = "auto_reply", nullable = false)
  public boolean autoReply;

  /**
   * The W3C trace context of the request that wrote the message (V27), which its dispatch
   * continues; written once, at insert, and never by the domain's updates.
   */
  @Column(columnDefinition = "text")
  public String traceparent;

  @Column(columnDefinition = "text")
  public String tracestate;
}
