package dev.switchboard.persistence;

import dev.switchboard.domain.messaging.OptOuts;
import dev.switchboard.domain.shared.E164Number;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.persistence.EntityManager;
import java.time.Instant;
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

  private final EntityManager em;

  public PanacheOptOuts(EntityManager em) {
    this.em = em;
  }

  @Override
  public boolean isOptedOut(E164Number ourNumber, E164Number phone) {
    // A query, not a lookup by id: the upsert and the delete bypass the persistence context.
    return OptOutEntity.count(
            "id.ourNumber = ?1 and id.phone = ?2", ourNumber.value(), phone.value())
        > 0;
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
