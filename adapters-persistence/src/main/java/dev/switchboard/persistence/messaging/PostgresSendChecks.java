package dev.switchboard.persistence.messaging;

import dev.switchboard.domain.messaging.SenderStanding;
import dev.switchboard.domain.messaging.port.out.OptOuts;
import dev.switchboard.domain.messaging.port.out.SendChecks;
import dev.switchboard.domain.numbers.MessagingSource;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.persistence.common.SqlArrays;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.Session;

/**
 * A batch's send checks in one statement: the keys taken, the senders' inventory rows and the
 * opt-outs, as rows of one {@code UNION ALL} told apart by their first column. A shared commit of
 * sends pays one round trip for the three instead of one each (and one per sender).
 */
@ApplicationScoped
@ActivateRequestContext
public class PostgresSendChecks implements SendChecks {

  private static final String KEY = "k";
  private static final String SENDER = "s";
  private static final String OPTED_OUT = "o";

  /** The opt-out part is {@link PanacheOptOuts#AMONG}: '*' is an opt-out of every number. */
  private static final String READ =
      """
      SELECT 'k', idempotency_key, NULL, NULL
      FROM messages WHERE idempotency_key = ANY(CAST(? AS text[]))
      UNION ALL
      SELECT 's', number, CAST(messaging_enabled AS text), messaging_source
      FROM numbers WHERE number = ANY(CAST(? AS text[]))
      UNION ALL
      SELECT 'o', among.our_number, among.phone, NULL FROM (
      """
          + PanacheOptOuts.AMONG
          + ") AS among";

  private final EntityManager em;

  public PostgresSendChecks(EntityManager em) {
    this.em = em;
  }

  @Override
  public Found read(Asked asked) {
    List<String> keys = List.copyOf(asked.keys());
    List<E164Number> senders = List.copyOf(asked.senders());
    List<OptOuts.Pair> pairs = List.copyOf(asked.pairs());
    return em.unwrap(Session.class)
        .doReturningWork(
            connection -> {
              Set<String> keysTaken = new HashSet<>();
              Map<E164Number, SenderStanding> standings = new HashMap<>();
              Set<OptOuts.Pair> optedOut = new HashSet<>();
              try (PreparedStatement query = connection.prepareStatement(READ)) {
                SqlArrays columns = new SqlArrays(connection, query);
                columns.text(keys, key -> key);
                columns.text(senders, E164Number::value);
                columns.text(pairs, p -> p.ourNumber().value());
                columns.text(pairs, p -> p.phone().value());
                try (ResultSet rows = query.executeQuery()) {
                  while (rows.next()) {
                    switch (rows.getString(1)) {
                      case KEY -> keysTaken.add(rows.getString(2));
                      case SENDER ->
                          standings.put(
                              new E164Number(rows.getString(2)),
                              new SenderStanding(
                                  Boolean.parseBoolean(rows.getString(3)),
                                  MessagingSource.valueOf(rows.getString(4))));
                      case OPTED_OUT ->
                          optedOut.add(
                              new OptOuts.Pair(
                                  new E164Number(rows.getString(2)),
                                  new E164Number(rows.getString(3))));
                      default -> throw new IllegalStateException("unknown row kind");
                    }
                  }
                }
              }
              return new Found(keysTaken, standings, optedOut);
            });
  }
}
