package dev.switchboard.persistence.messaging;

import dev.switchboard.domain.messaging.OptOut;
import dev.switchboard.domain.messaging.OptOutQuery;
import dev.switchboard.domain.messaging.OptOutSource;
import dev.switchboard.domain.messaging.port.out.OptOuts;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.Page;
import dev.switchboard.persistence.common.SqlArrays;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;

/**
 * The opt-out list in PostgreSQL, one row per (our number, phone) pair; a phone's opt-out of every
 * number of ours is the row whose {@code our_number} is {@value #EVERY_NUMBER}.
 */
@ApplicationScoped
@ActivateRequestContext
public class PanacheOptOuts implements OptOuts {

  /** The {@code our_number} of an opt-out of every number: no E.164 number looks like it. */
  static final String EVERY_NUMBER = "*";

  private static final String COLUMNS =
      "id, our_number, phone, source, actor, reason, opted_out_at";

  /** The first record of a pair stands: two STOPs racing each other both succeed, once. */
  private static final String ADD =
      """
      INSERT INTO opt_outs (id, our_number, phone, source, actor, reason, opted_out_at)
      VALUES (?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (our_number, phone) DO NOTHING
      """;

  private static final String REMOVE =
      "DELETE FROM opt_outs WHERE our_number = ? AND phone = ? RETURNING " + COLUMNS;

  /**
   * Many pairs in one query: one array per column (our numbers, then phones), unnested into the
   * pairs asked; {@link PostgresSendChecks} reads it as part of its own statement.
   */
  static final String AMONG =
      """
      SELECT DISTINCT asked.our_number, asked.phone
      FROM unnest(CAST(? AS text[]), CAST(? AS text[])) AS asked(our_number, phone)
      JOIN opt_outs o
        ON o.phone = asked.phone AND o.our_number IN (asked.our_number, '*')
      """;

  private final EntityManager em;

  public PanacheOptOuts(EntityManager em) {
    this.em = em;
  }

  @Override
  public Set<Pair> optedOut(Collection<Pair> pairs) {
    if (pairs.isEmpty()) {
      return Set.of();
    }
    List<Pair> asked = List.copyOf(pairs);
    return work(
        connection -> {
          try (PreparedStatement query = connection.prepareStatement(AMONG)) {
            SqlArrays columns = new SqlArrays(connection, query);
            columns.text(asked, p -> p.ourNumber().value());
            columns.text(asked, p -> p.phone().value());
            Set<Pair> out = new HashSet<>();
            try (ResultSet rows = query.executeQuery()) {
              while (rows.next()) {
                out.add(
                    new Pair(new E164Number(rows.getString(1)), new E164Number(rows.getString(2))));
              }
            }
            return out;
          }
        });
  }

  @Override
  public boolean add(OptOut o) {
    return work(
        connection -> {
          try (PreparedStatement insert = connection.prepareStatement(ADD)) {
            insert.setObject(1, o.id());
            insert.setString(2, ourNumber(o.ourNumber()));
            insert.setString(3, o.peer().value());
            insert.setString(4, o.source().name());
            insert.setString(5, o.actor());
            insert.setString(6, o.reason());
            insert.setTimestamp(7, Timestamp.from(o.at()));
            return insert.executeUpdate() == 1;
          }
        });
  }

  @Override
  public Optional<OptOut> remove(Optional<E164Number> ourNumber, E164Number peer) {
    return work(
        connection -> {
          try (PreparedStatement delete = connection.prepareStatement(REMOVE)) {
            delete.setString(1, ourNumber(ourNumber));
            delete.setString(2, peer.value());
            return read(delete).stream().findFirst();
          }
        });
  }

  @Override
  public Optional<OptOut> byId(UUID id) {
    return work(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement("SELECT " + COLUMNS + " FROM opt_outs WHERE id = ?")) {
            select.setObject(1, id);
            return read(select).stream().findFirst();
          }
        });
  }

  /**
   * Newest first by id (UUIDv7, time-ordered), one row more than the page to tell if more follow.
   */
  @Override
  public Page<OptOut> list(OptOutQuery query) {
    StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM opt_outs WHERE true");
    List<Object> parameters = new ArrayList<>();
    query
        .number()
        .ifPresent(
            n -> {
              sql.append(" AND our_number IN (?, '*')");
              parameters.add(n.value());
            });
    query.peer().ifPresent(p -> add(sql, parameters, " AND phone = ?", p.value()));
    query.source().ifPresent(s -> add(sql, parameters, " AND source = ?", s.name()));
    query.actor().ifPresent(a -> add(sql, parameters, " AND actor = ?", a));
    query.since().ifPresent(s -> add(sql, parameters, " AND opted_out_at >= ?", Timestamp.from(s)));
    query.until().ifPresent(u -> add(sql, parameters, " AND opted_out_at < ?", Timestamp.from(u)));
    query.after().ifPresent(a -> add(sql, parameters, " AND id < ?", a));
    sql.append(" ORDER BY id DESC LIMIT ?");
    parameters.add(query.limit() + 1);
    List<OptOut> rows =
        work(
            connection -> {
              try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
                for (int i = 0; i < parameters.size(); i++) {
                  select.setObject(i + 1, parameters.get(i));
                }
                return read(select);
              }
            });
    boolean more = rows.size() > query.limit();
    return new Page<>(more ? rows.subList(0, query.limit()) : rows, more);
  }

  private static void add(StringBuilder sql, List<Object> parameters, String clause, Object value) {
    sql.append(clause);
    parameters.add(value);
  }

  private static String ourNumber(Optional<E164Number> ourNumber) {
    return ourNumber.map(E164Number::value).orElse(EVERY_NUMBER);
  }

  private static List<OptOut> read(PreparedStatement statement) throws SQLException {
    List<OptOut> out = new ArrayList<>();
    try (ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        String ours = rows.getString("our_number");
        out.add(
            new OptOut(
                rows.getObject("id", UUID.class),
                EVERY_NUMBER.equals(ours) ? Optional.empty() : Optional.of(new E164Number(ours)),
                new E164Number(rows.getString("phone")),
                OptOutSource.valueOf(rows.getString("source")),
                rows.getString("actor"),
                rows.getString("reason"),
                rows.getTimestamp("opted_out_at").toInstant()));
      }
    }
    return out;
  }

  private <T> T work(Work<T> work) {
    return em.unwrap(Session.class).doReturningWork(work::execute);
  }

  /** A piece of JDBC work on the session's connection. */
  @FunctionalInterface
  private interface Work<T> {
    T execute(Connection connection) throws SQLException;
  }
}
