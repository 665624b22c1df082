package dev.switchboard.persistence.messaging;

import dev.switchboard.domain.messaging.port.out.OptOuts;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.persistence.common.SqlArrays;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.Session;

/** The opt-out list in PostgreSQL, one row per (our number, phone) pair. */
@ApplicationScoped
@ActivateRequestContext
public class PanacheOptOuts implements OptOuts {

  /** An upsert, so that two STOPs racing each other both succeed. */
  private static final String UPSERT =
      """
      INSERT INTO opt_outs (our_number, phone, reason, opted_out_at)
      VALUES (:ourNumber, :phone, :reason, :at)
      ON CONFLICT (our_number, phone)
      DO UPDATE SET reason = EXCLUDED.reason, opted_out_at = EXCLUDED.opted_out_at
      """;

  /** Many pairs in one query: one array per column, unnested into the pairs asked. */
  private static final String AMONG =
      """
      SELECT o.our_number, o.phone FROM opt_outs o
      JOIN unnest(CAST(? AS text[]), CAST(? AS text[])) AS asked(our_number, phone)
        ON o.our_number = asked.our_number AND o.phone = asked.phone
      """;

  private final EntityManager em;

  public PanacheOptOuts(EntityManager em) {
    this.em = em;
  }

  @Override
  public boolean isOptedOut(E164Number ourNumber, E164Number phone) {
    return !optedOut(List.of(new Pair(ourNumber, phone))).isEmpty();
  }

  @Override
  public Set<Pair> optedOut(Collection<Pair> pairs) {
    if (pairs.isEmpty()) {
      return Set.of();
    }
    List<Pair> asked = List.copyOf(pairs);
    return em.unwrap(Session.class)
        .doReturningWork(
            connection -> {
              try (PreparedStatement query = connection.prepareStatement(AMONG)) {
                SqlArrays columns = new SqlArrays(connection, query);
                columns.text(asked, p -> p.ourNumber().value());
                columns.text(asked, p -> p.phone().value());
                Set<Pair> out = new HashSet<>();
                try (ResultSet rows = query.executeQuery()) {
                  while (rows.next()) {
                    out.add(
                        new Pair(
                            new E164Number(rows.getString(1)), new E164Number(rows.getString(2))));
                  }
                }
                return out;
              }
            });
  }

  @Override
  public void optOut(E164Number ourNumber, E164Number phone, String reason, Instant at) {
    em.unwrap(Session.class)
        .createNativeMutationQuery(UPSERT)
        .setParameter("ourNumber", ourNumber.value(), String.class)
        .setParameter("phone", phone.value(), String.class)
        .setParameter("reason", reason, String.class)
        .setParameter("at", at, Instant.class)
        .executeUpdate();
  }

  @Override
  public void optIn(E164Number ourNumber, E164Number phone) {
    OptOutEntity.delete("id.ourNumber = ?1 and id.phone = ?2", ourNumber.value(), phone.value());
  }
}
