package dev.switchboard.persistence.e911;

import dev.switchboard.domain.e911.E911Filter;
import dev.switchboard.persistence.common.LikePatterns;
import dev.switchboard.persistence.common.NumericIdKeyset;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The query behind a listing of E911 addresses: numeric id order, one row more than the page to
 * tell whether more follow, and the keyset cursor instead of an offset. Label, street name and city
 * are case-insensitive "contains" filters; the state is exact, whatever its case.
 */
final class E911Listing {

  private final String jpql;
  private final Map<String, Object> parameters;
  private final int fetch;

  private E911Listing(String jpql, Map<String, Object> parameters, int fetch) {
    this.jpql = jpql;
    this.parameters = parameters;
    this.fetch = fetch;
  }

  static E911Listing of(E911Filter filter) {
    List<String> where = new ArrayList<>();
    Map<String, Object> parameters = new HashMap<>();
    filter
        .label()
        .ifPresent(
            label -> {
              parameters.put("label", LikePatterns.containing(label));
              where.add("lower(a.label) like lower(:label) escape '\\'");
            });
    filter
        .streetName()
        .ifPresent(
            streetName -> {
              parameters.put("streetName", LikePatterns.containing(streetName));
              where.add("lower(a.streetName) like lower(:streetName) escape '\\'");
            });
    filter
        .city()
        .ifPresent(
            city -> {
              parameters.put("city", LikePatterns.containing(city));
              where.add("lower(a.city) like lower(:city) escape '\\'");
            });
    // Stored states are upper-cased by the domain, so the plain index on state serves this.
    filter
        .state()
        .ifPresent(
            state -> {
              parameters.put("state", state.strip().toUpperCase(Locale.ROOT));
              where.add("a.state = :state");
            });
    NumericIdKeyset.after("a", filter.after(), where, parameters);
    String jpql =
        "select a from E911AddressEntity a"
            + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
            + NumericIdKeyset.orderBy("a");
    return new E911Listing(jpql, parameters, filter.limit() + 1);
  }

  List<E911AddressEntity> run(EntityManager em) {
    TypedQuery<E911AddressEntity> query = em.createQuery(jpql, E911AddressEntity.class);
    parameters.forEach(query::setParameter);
    return query.setMaxResults(fetch).getResultList();
  }
}
