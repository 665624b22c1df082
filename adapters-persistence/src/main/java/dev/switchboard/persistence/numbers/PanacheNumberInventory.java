package dev.switchboard.persistence.numbers;

import dev.switchboard.domain.numbers.NumberFilter;
import dev.switchboard.domain.numbers.OwnedNumber;
import dev.switchboard.domain.numbers.port.out.NumberInventory;
import dev.switchboard.domain.routes.RouteId;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;

/**
 * The inventory of the account's numbers in PostgreSQL. Reads work outside a transaction too (a
 * request context is activated when none is), so they are served while Flowroute is down; writes
 * join the caller's transaction (a {@code UnitOfWork}) and fail without one. Rows are mapped and
 * detached at once, so the native upsert never leaves a stale copy in the session.
 *
 * <p>The has-route filter: a number <em>has a route</em> when its primary route is set and is not
 * sip-reg (route "0", where Flowroute sends calls by default), or when it has a failover route; it
 * has none when its primary route is absent or sip-reg and it has no failover route.
 */
@ApplicationScoped
@ActivateRequestContext
public class PanacheNumberInventory implements NumberInventory {

  /** An upsert, so that a command and a reconciliation recording the same number both succeed. */
  private static final String UPSERT =
      """
      INSERT INTO numbers (number, number_type, alias, cnam_lookups_enabled, messaging_enabled,
          messaging_source, rate_center, state, primary_route_id, failover_route_id, e911_id, cnam_id, callbacks,
          updated_at)
      VALUES (:number, :numberType, :alias, :cnamLookupsEnabled, :messagingEnabled,
          :messagingSource, :rateCenter,
          :state, :primaryRouteId, :failoverRouteId, :e911Id, :cnamId, CAST(:callbacks AS jsonb),
          now())
      ON CONFLICT (number) DO UPDATE SET
          number_type = EXCLUDED.number_type,
          alias = EXCLUDED.alias,
          cnam_lookups_enabled = EXCLUDED.cnam_lookups_enabled,
          messaging_enabled = EXCLUDED.messaging_enabled,
          messaging_source = EXCLUDED.messaging_source,
          rate_center = EXCLUDED.rate_center,
          state = EXCLUDED.state,
          primary_route_id = EXCLUDED.primary_route_id,
          failover_route_id = EXCLUDED.failover_route_id,
          e911_id = EXCLUDED.e911_id,
          cnam_id = EXCLUDED.cnam_id,
          callbacks = EXCLUDED.callbacks,
          updated_at = EXCLUDED.updated_at
      """;

  private final EntityManager em;
  private final NumberMapper mapper;

  public PanacheNumberInventory(EntityManager em, NumberMapper mapper) {
    this.em = em;
    this.mapper = mapper;
  }

  @Override
  public void save(OwnedNumber number) {
    NumberEntity row = mapper.copy(number, new NumberEntity());
    em.unwrap(Session.class)
        .createNativeMutationQuery(UPSERT)
        .setParameter("number", row.number, String.class)
        .setParameter("numberType", row.numberType, String.class)
        .setParameter("alias", row.alias, String.class)
        .setParameter("cnamLookupsEnabled", row.cnamLookupsEnabled, Boolean.class)
        .setParameter("messagingEnabled", row.messagingEnabled, Boolean.class)
        .setParameter("messagingSource", row.messagingSource, String.class)
        .setParameter("rateCenter", row.rateCenter, String.class)
        .setParameter("state", row.state, String.class)
        .setParameter("primaryRouteId", row.primaryRouteId, String.class)
        .setParameter("failoverRouteId", row.failoverRouteId, String.class)
        .setParameter("e911Id", row.e911Id, String.class)
        .setParameter("cnamId", row.cnamId, String.class)
        .setParameter("callbacks", row.callbacks, String.class)
        .executeUpdate();
  }

  @Override
  public void remove(E164Number number) {
    NumberEntity.delete("number", number.value());
  }

  @Override
  public Optional<OwnedNumber> find(E164Number number) {
    // A query, not a lookup by id: the upsert bypasses the persistence context.
    return NumberEntity.<NumberEntity>find("number", number.value())
        .firstResultOptional()
        .map(this::toDomain);
  }

  @Override
  public Optional<OwnedNumber> findForUpdate(E164Number number) {
    return NumberEntity.<NumberEntity>find("number", number.value())
        .withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
        .firstResultOptional()
        .map(this::toDomain);
  }

  /** {@inheritDoc} See the class comment for what has-route means. */
  @Override
  public Page<OwnedNumber> list(NumberFilter filter) {
    List<NumberEntity> rows = NumberListing.of(filter).run(em);
    boolean hasMore = rows.size() > filter.limit();
    // Every row is mapped, the look-ahead one too, so that none stays attached to the session.
    List<OwnedNumber> mapped = rows.stream().map(this::toDomain).toList();
    return new Page<>(mapped.subList(0, Math.min(mapped.size(), filter.limit())), hasMore);
  }

  @Override
  public List<OwnedNumber> all() {
    return NumberEntity.<NumberEntity>list("order by number").stream().map(this::toDomain).toList();
  }

  @Override
  public List<E164Number> usingE911(String e911Id) {
    return numbersWhere("e911Id", e911Id);
  }

  @Override
  public List<E164Number> usingCnam(String cnamId) {
    return numbersWhere("cnamId", cnamId);
  }

  @Override
  public int countUsingRoute(RouteId route) {
    return Math.toIntExact(
        NumberEntity.count("primaryRouteId = ?1 or failoverRouteId = ?1", route.value()));
  }

  /** The numbers whose {@code field} is {@code value}, in number order. */
  private List<E164Number> numbersWhere(String field, String value) {
    return em
        .createQuery(
            "select n.number from NumberEntity n where n." + field + " = :value order by n.number",
            String.class)
        .setParameter("value", value)
        .getResultList()
        .stream()
        .map(E164Number::new)
        .toList();
  }

  private OwnedNumber toDomain(NumberEntity row) {
    OwnedNumber number = mapper.toDomain(row);
    em.detach(row);
    return number;
  }
}
