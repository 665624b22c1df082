package dev.switchboard.persistence;

import dev.switchboard.domain.messaging.MessageQuery;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The query behind a message listing: newest first by id (UUIDv7 ids sort by time), one row more
 * than the page to tell whether more follow, and the keyset cursor instead of an offset.
 */
final class MessageListing {

  private final String jpql;
  private final Map<String, Object> parameters;
  private final int fetch;

  private MessageListing(String jpql, Map<String, Object> parameters, int fetch) {
    this.jpql = jpql;
    this.parameters = parameters;
    this.fetch = fetch;
  }

  static MessageListing of(MessageQuery query) {
    List<String> where = new ArrayList<>();
    Map<String, Object> parameters = new HashMap<>();
    query
        .number()
        .ifPresent(
            number -> {
              parameters.put("number", number.value());
              if (query.peer().isPresent()) {
                parameters.put("peer", query.peer().get().value());
                where.add(
                    "((m.fromNumber = :number and m.toNumber = :peer)"
                        + " or (m.fromNumber = :peer and m.toNumber = :number))");
              } else {
                where.add("(m.fromNumber = :number or m.toNumber = :number)");
              }
            });
    query
        .direction()
        .ifPresent(
            direction -> {
              parameters.put("direction", direction.name());
              where.add("m.direction = :direction");
            });
    query
        .status()
        .ifPresent(
            status -> {
              parameters.put("status", status.name());
              where.add("m.status = :status");
            });
    // A half-open window [since, until), so adjacent windows neither overlap nor leave gaps.
    query
        .since()
        .ifPresent(
            since -> {
              parameters.put("since", since);
              where.add("m.createdAt >= :since");
            });
    query
        .until()
        .ifPresent(
            until -> {
              parameters.put("until", until);
              where.add("m.createdAt < :until");
            });
    query
        .after()
        .ifPresent(
            after -> {
              parameters.put("after", after.value());
              where.add("m.id < :after");
            });
    String jpql =
        "select m from MessageEntity m"
            + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
            + " order by m.id desc";
    return new MessageListing(jpql, parameters, query.limit() + 1);
  }

  List<MessageEntity> run(EntityManager em) {
    TypedQuery<MessageEntity> query = em.createQuery(jpql, MessageEntity.class);
    parameters.forEach(query::setParameter);
    return query.setMaxResults(fetch).getResultList();
  }
}
