package dev.switchboard.persistence.cnam;

import dev.switchboard.domain.cnam.CnamFilter;
import dev.switchboard.persistence.common.LikePatterns;
import dev.switchboard.persistence.common.NumericIdKeyset;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The query behind a listing of caller names: numeric id order, one row more than the page to tell
 * whether more follow, and the keyset cursor instead of an offset. The status filter is exact, the
 * value filter a case-insensitive "contains".
 */
final class CnamListing {

  private final String jpql;
  private final Map<String, Object> parameters;
  private final int fetch;

  private CnamListing(String jpql, Map<String, Object> parameters, int fetch) {
    this.jpql = jpql;
    this.parameters = parameters;
    this.fetch = fetch;
  }

  static CnamListing of(CnamFilter filter) {
    List<String> where = new ArrayList<>();
    Map<String, Object> parameters = new HashMap<>();
    filter
        .status()
        .ifPresent(
            status -> {
              parameters.put("status", status.name());
              where.add("c.status = :status");
            });
    filter
        .valueContains()
        .ifPresent(
            value -> {
              parameters.put("value", LikePatterns.containing(value));
              where.add("lower(c.callerName) like lower(:value) escape '\\'");
            });
    NumericIdKeyset.after("c", filter.after(), where, parameters);
    String jpql =
        "select c from CnamRecordEntity c"
            + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
            + NumericIdKeyset.orderBy("c");
    return new CnamListing(jpql, parameters, filter.limit() + 1);
  }

  List<CnamRecordEntity> run(EntityManager em) {
    TypedQuery<CnamRecordEntity> query = em.createQuery(jpql, CnamRecordEntity.class);
    parameters.forEach(query::setParameter);
    return query.setMaxResults(fetch).getResultList();
  }
}
