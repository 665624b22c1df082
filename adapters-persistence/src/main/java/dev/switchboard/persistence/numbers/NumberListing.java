package dev.switchboard.persistence.numbers;

import dev.switchboard.domain.numbers.NumberFilter;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The query behind a listing of our numbers: in number order, one row more than the page to tell
 * whether more follow, and the keyset cursor instead of an offset. The digit filters need no LIKE
 * escaping: {@link NumberFilter} admits digits only.
 */
final class NumberListing {

  /** A route that sends calls somewhere of the account's choosing: not sip-reg ("0"), not none. */
  static final String HAS_ROUTE =
      "((n.primaryRouteId is not null and n.primaryRouteId <> '0')"
          + " or n.failoverRouteId is not null)";

  static final String HAS_NO_ROUTE =
      "((n.primaryRouteId is null or n.primaryRouteId = '0') and n.failoverRouteId is null)";

  private final String jpql;
  private final Map<String, Object> parameters;
  private final int fetch;

  private NumberListing(String jpql, Map<String, Object> parameters, int fetch) {
    this.jpql = jpql;
    this.parameters = parameters;
    this.fetch = fetch;
  }

  static NumberListing of(NumberFilter filter) {
    List<String> where = new ArrayList<>();
    Map<String, Object> parameters = new HashMap<>();
    // The filter's digits are E.164 digits, without the plus sign that starts every number.
    filter
        .prefix()
        .ifPresent(
            prefix -> {
              parameters.put("prefix", "+" + prefix + "%");
              where.add("n.number like :prefix");
            });
    filter
        .suffix()
        .ifPresent(
            suffix -> {
              parameters.put("suffix", "%" + suffix);
              where.add("n.number like :suffix");
            });
    filter
        .contains()
        .ifPresent(
            contains -> {
              parameters.put("contains", "%" + contains + "%");
              where.add("n.number like :contains");
            });
    filter
        .alias()
        .ifPresent(
            alias -> {
              parameters.put("alias", alias);
              where.add("lower(n.alias) = lower(:alias)");
            });
    filter
        .type()
        .ifPresent(
            type -> {
              parameters.put("type", type.name());
              where.add("n.numberType = :type");
            });
    filter.hasRoute().ifPresent(hasRoute -> where.add(hasRoute ? HAS_ROUTE : HAS_NO_ROUTE));
    filter
        .after()
        .ifPresent(
            after -> {
              parameters.put("after", after.value());
              where.add("n.number > :after");
            });
    String jpql =
        "select n from NumberEntity n"
            + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
            + " order by n.number";
    return new NumberListing(jpql, parameters, filter.limit() + 1);
  }

  List<NumberEntity> run(EntityManager em) {
    TypedQuery<NumberEntity> query = em.createQuery(jpql, NumberEntity.class);
    parameters.forEach(query::setParameter);
    return query.setMaxResults(fetch).getResultList();
  }
}
