package dev.switchboard.persistence.common;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The query behind a listing of a registry's records (E911 addresses, caller names): numeric id
 * order, one row more than the page to tell whether more follow, and the keyset cursor instead of
 * an offset.
 *
 * @param <E> the entity, whose id is Flowroute's digit id
 */
public final class RegistryListing<E> {

  private final Class<E> entity;
  private final List<String> where = new ArrayList<>();
  private final Map<String, Object> parameters = new HashMap<>();

  public RegistryListing(Class<E> entity) {
    this.entity = entity;
  }

  /** Only rows whose {@code field} contains {@code text}, ignoring case, when it is given. */
  public RegistryListing<E> containing(String field, Optional<String> text) {
    text.ifPresent(
        t -> {
          parameters.put(field, LikePatterns.containing(t));
          where.add("lower(r." + field + ") like lower(:" + field + ") escape '\\'");
        });
    return this;
  }

  /** Only rows whose {@code field} is {@code value}, when it is given. */
  public RegistryListing<E> equal(String field, Optional<?> value) {
    value.ifPresent(
        v -> {
          parameters.put(field, v);
          where.add("r." + field + " = :" + field);
        });
    return this;
  }

  /** At most {@code limit} + 1 rows after the cursor {@code after}, in numeric id order. */
  public List<E> run(EntityManager em, Optional<String> after, int limit) {
    List<String> conditions = new ArrayList<>(where);
    Map<String, Object> values = new HashMap<>(parameters);
    NumericIdKeyset.after("r", after, conditions, values);
    String jpql =
        "select r from "
            + entity.getSimpleName()
            + " r"
            + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions))
            + NumericIdKeyset.orderBy("r");
    TypedQuery<E> query = em.createQuery(jpql, entity);
    values.forEach(query::setParameter);
    return query.setMaxResults(limit + 1).getResultList();
  }
}
