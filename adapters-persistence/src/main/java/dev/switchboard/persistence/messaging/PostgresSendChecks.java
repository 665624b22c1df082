package dev.switchboard.persistence.messaging;

import dev.switchboard.domain.messaging.SenderStanding;
import dev.switchboard.domain.messaging.port.out.OptOuts;
import dev.switchboard.domain.messaging.port.out.SendChecks;
import dev.switchboard.domain.numbers.MessagingSource;
import dev.switchboard.domain.shared.E164Number;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
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

  /** The opt-out part is {@link PanacheOptOuts}'s query; '*' is an opt-out of every number. */
  private static final String READ =
      """
      SELECT 'k', idempotency_key, NULL, NULL
      FROM messages WHERE idempotency_key = ANY(CAST(? AS text[]))
      UNION ALL
      SELECT 's', number, CAST(messaging_enabled AS text), messaging_source
      FROM numbers WHERE number = ANY(CAST(? AS text[]))
      UNION ALL
      SELECT DISTINCT 'o', asked.our_number, asked.phone, NULL
      FROM unnest(CAST(? AS text[]), CAST(? AS text[])) AS asked(our_number, phone)
      JOIN opt_outs o ON o.phone = asked.phone AND o.our_number IN (asked.our_number, '*')
      """;

  private final EntityManager em;

  public PostgresSendChecks(EntityManager em) {
    this.em = em;
  }

  @Override
  public Found read(Asked asked) {
    List<OptOuts.Pair> pairs = new ArrayList<>(asked.pairs());
    return em.unwrap(Session.class)
        .doReturningWork(
            connection -> {
              Set<String> keys = new HashSet<>();
              Map<E164Number, SenderStanding> senders = new HashMap<>();
              Set<OptOuts.Pair> optedOut = new HashSet<>();
              try (PreparedStatement query = connection.prepareStatement(READ)) {
                query.setArray(1, connection.createArrayOf("text", asked.keys().toArray()));
                query.setArray(
                    2,
                    connection.createArrayOf(
                        "text", asked.senders().stream().map(E164Number::value).toArray()));
                query.setArray(
                    3,
                    connection.createArrayOf(
                        "text", pairs.stream().map(p -> p.ourNumber().value()).toArray()));
                query.setArray(
                    4,
                    connection.createArrayOf(
                        "text", pairs.stream().map(p -> p.phone().value()).toArray()));
                try (ResultSet rows = query.executeQuery()) {
                  while (rows.next()) {
                    switch (rows.getString(1)) {
                      case KEY -> keys.add(rows.getString(2));
                      case SENDER ->
                          senders.put(
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
              return new Found(keys, senders, optedOut);
            });
  }
}
