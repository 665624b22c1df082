package dev.switchboard.persistence.numbers;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Row of the {@code numbers} table: one number of the account, as the inventory knows it. */
@Entity
@Table(name = "numbers")
public class NumberEntity extends PanacheEntityBase {

  /** E.164, {@code +12065550100}. */
  @Id
  @Column(length = 16)
  public String number;

  @Column(name = "number_type", nullable = false, length = 16)
  public String numberType;

  public String alias;

  @Column(name = "cnam_lookups_enabled", nullable = false)
  public boolean cnamLookupsEnabled;

  @Column(name = "messaging_enabled", nullable = false)
  public boolean messagingEnabled;

  @Column(name = "messaging_source", nullable = false)
  public String messagingSource;

  @Column(name = "rate_center")
  public String rateCenter;

  public String state;

  @Column(name = "primary_route_id", length = 18)
  public String primaryRouteId;

  @Column(name = "failover_route_id", length = 18)
  public String failoverRouteId;

  @Column(name = "e911_id")
  public String e911Id;

  @Column(name = "cnam_id")
  public String cnamId;

  /** The callbacks as a JSON object, written and read by {@link CallbacksJson}. */
  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false, columnDefinition = "jsonb")
  public String callbacks;

  /** Set by the database on every write; the domain does not carry it. */
  @Column(name = "updated_at", nullable = false, insertable = false, updatable = false)
  public Instant updatedAt;
}
