package dev.switchboard.persistence.routes;

import dev.switchboard.domain.routes.Route;
import dev.switchboard.domain.routes.RouteId;
import dev.switchboard.domain.routes.port.out.RouteInventory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;

/**
 * The inventory of the account's inbound routes in PostgreSQL. Reads work outside a transaction
 * too; writes join the caller's transaction (a {@code UnitOfWork}) and fail without one.
 */
@ApplicationScoped
@ActivateRequestContext
public class PanacheRouteInventory implements RouteInventory {

  private static final String UPSERT =
      """
      INSERT INTO routes (id, route_type, value, alias, edge_strategy_id, updated_at)
      VALUES (:id, :routeType, :value, :alias, :edgeStrategyId, now())
      ON CONFLICT (id) DO UPDATE SET
          route_type = EXCLUDED.route_type,
          value = EXCLUDED.value,
          alias = EXCLUDED.alias,
          edge_strategy_id = EXCLUDED.edge_strategy_id,
          updated_at = EXCLUDED.updated_at
      """;

  /**
   * Ids are digit strings, so they are ordered as numbers ("2" before "10"); they fit a bigint (at
   * most 18 digits), and the text breaks the tie between ids that differ by leading zeros only.
   */
  private static final String ALL = "from RouteEntity r order by cast(r.id as Long), r.id";

  private final EntityManager em;
  private final RouteMapper mapper;

  public PanacheRouteInventory(EntityManager em, RouteMapper mapper) {
    this.em = em;
    this.mapper = mapper;
  }

  @Override
  public void save(Route route) {
    RouteEntity row = mapper.copy(route, new RouteEntity());
    em.unwrap(Session.class)
        .createNativeMutationQuery(UPSERT)
        .setParameter("id", row.id, String.class)
        .setParameter("routeType", row.routeType, String.class)
        .setParameter("value", row.routeValue, String.class)
        .setParameter("alias", row.alias, String.class)
        .setParameter("edgeStrategyId", row.edgeStrategyId, Integer.class)
        .executeUpdate();
  }

  @Override
  public void remove(RouteId id) {
    RouteEntity.delete("id", id.value());
  }

  @Override
  public Optional<Route> find(RouteId id) {
    // A query, not a lookup by id: the upsert bypasses the persistence context.
    return RouteEntity.<RouteEntity>find("id", id.value())
        .firstResultOptional()
        .map(this::toDomain);
  }

  /** {@inheritDoc} Numeric order of the ids: "0", "2", "10". */
  @Override
  public List<Route> all() {
    return em.createQuery(ALL, RouteEntity.class).getResultList().stream()
        .map(this::toDomain)
        .toList();
  }

  private Route toDomain(RouteEntity row) {
    Route route = mapper.toDomain(row);
    em.detach(row);
    return route;
  }
}
