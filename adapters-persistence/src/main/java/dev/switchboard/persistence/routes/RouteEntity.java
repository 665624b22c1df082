package dev.switchboard.persistence.routes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Row of the {@code routes} table: one inbound voice route of the account. */
@Entity
@Table(name = "routes")
public class RouteEntity extends PanacheEntityBase {

  /** Flowroute's id, digits only ({@code "0"} is sip-reg). */
  @Id
  @Column(length = 18)
  public String id;

  @Column(name = "route_type", nullable = false, length = 16)
  public String routeType;

  @Column(name = "value", columnDefinition = "text")
  public String routeValue;

  public String alias;

  @Column(name = "edge_strategy_id")
  public Integer edgeStrategyId;

  /** Set by the database on every write; the domain does not carry it. */
  @Column(name = "updated_at", nullable = false, insertable = false, updatable = false)
  public Instant updatedAt;
}
